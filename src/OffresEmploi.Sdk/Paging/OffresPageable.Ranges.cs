using System.Globalization;
using System.Runtime.CompilerServices;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Harvesting;

namespace OffresEmploi.Sdk;

public partial class OffresPageable
{
    /// <summary>
    /// The walk from a <c>range</c>: windows of the page size from <paramref name="start"/>, up to the cap or
    /// <see cref="Take"/>'s count. An index past <see cref="OffresRangeLimits.MaxFirst"/> is reached by a window that
    /// starts at <see cref="OffresRangeLimits.MaxFirst"/>, whose repeated offers are dropped (the legacy 1000/1149 profile
    /// needs it after <c>900-1049</c>; a continuation token can ask for it at any index).
    /// </summary>
    private async IAsyncEnumerable<OffresPage> WalkRange(int? start, int? pageSizeHint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancellationToken);
        var token = linked.Token;
        var requested = _request!.Range is { } range ? OffresRange.Parse(range) : OffresRange.FirstPage(_limits.MaxPageSize);
        var firstIndex = start ?? requested.First;
        var pageSize = Math.Min(pageSizeHint ?? requested.Count, _limits.MaxPageSize);
        var wanted = _maxCount is { } count ? firstIndex + (long)count : long.MaxValue;
        var end = Math.Min(_limits.MaxResults, wanted);
        var next = (long)firstIndex;
        var (requests, yielded) = (0, 0L);
        OffresPage? last = null;
        while (next < end)
        {
            var first = (int)Math.Min(next, _limits.MaxFirst);
            var lastIndex = Math.Min(Math.Min(next + pageSize, end) - 1, (long)first + _limits.MaxPageSize - 1);
            if (lastIndex < next)
            {
                break;
            }

            var page = await _search!(_request with { Range = new OffresRange(first, (int)lastIndex).ToString() }, token).ConfigureAwait(false);
            requests++;
            page = page.SkipFirst((int)(next - first));
            yielded += page.Offres.Count;
            last = page;
            yield return page;
            next = lastIndex + 1;
            if (!page.HasMore || (page.Total is { } total && next >= total))
            {
                yield break;
            }
        }

        // Stopped by the cap before the offers asked for: say so instead of ending short in silence.
        if (last is { IsTruncatedByApiLimit: true, Total: { } all } && wanted > _limits.MaxResults && !_allowPartial)
        {
            throw CapReached(all - firstIndex, yielded, requests);
        }
    }

    /// <summary>Applies <see cref="Take"/>'s count to any walk: pages are cut at the count and the walk stops there.</summary>
    private async IAsyncEnumerable<OffresPage> Limit(IAsyncEnumerable<OffresPage> pages)
    {
        var left = _maxCount ?? int.MaxValue;
        await foreach (var page in pages.ConfigureAwait(false))
        {
            var kept = page.Offres.Count <= left ? page : page.WithOffres([.. page.Offres.Take(left)]);
            left -= kept.Offres.Count;
            yield return kept;
            if (left <= 0)
            {
                yield break;
            }
        }
    }

    private static int ParseToken(string continuationToken, OffresRangeLimits limits) =>
        int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index <= limits.MaxLast
            ? index
            : throw new ArgumentException($"'{continuationToken}' is not a continuation token: expected an offer index from 0 to {limits.MaxLast}.", nameof(continuationToken));

    private static OffresEmploiHarvestException CapReached(long expected, long yielded, int requests)
    {
        var account = new HarvestReconciliation
        {
            ExpectedTotal = expected,
            Yielded = yielded,
            DuplicatesSkipped = 0,
            Requests = requests,
            Windows = 1,
            WindowsRewalked = 0,
            Unreachable = Math.Max(0, expected - yielded),
            StoppedAtRangeCap = false,
        };
        return HarvestErrors.Incomplete(account, checkpoint: null);
    }
}
