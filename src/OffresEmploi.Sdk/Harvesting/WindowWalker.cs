using System.Runtime.CompilerServices;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Harvesting;

/// <summary>
/// Walks the pages of one criteria set up to the range cap: several pages in flight, yielded in order, and the whole
/// walk done once more when the set's total moved under it.
/// </summary>
/// <remarks>
/// When the total changes during a walk (an offer expired, shifting the ranks), an offer may have slipped from one
/// page to one already fetched: the set is walked once more, and the caller's deduplication drops what it has seen.
/// </remarks>
internal sealed class WindowWalker(
    Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> search,
    OffresRangeLimits limits,
    int maxConcurrency,
    Action onRewalk)
{
    private int Reach => limits.MaxLast + 1;

    private OffresRange FirstRange => OffresRange.FirstPage(limits.MaxPageSize);

    /// <summary>Fetches the first page of <paramref name="request"/>.</summary>
    public Task<OffresPage> FirstPageAsync(OffresSearchRequest request, CancellationToken cancellationToken) =>
        search(request with { Range = FirstRange.ToString() }, cancellationToken);

    /// <summary>Walks <paramref name="request"/>, starting from its first page when already fetched.</summary>
    public async IAsyncEnumerable<OffresPage> WalkAsync(
        OffresSearchRequest request,
        OffresPage? first,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var walk = 0; walk < 2; walk++)
        {
            first ??= await FirstPageAsync(request, cancellationToken).ConfigureAwait(false);
            var drift = false;
            await foreach (var (page, moved) in WalkOnceAsync(request, first, cancellationToken).ConfigureAwait(false))
            {
                drift |= moved;
                yield return page;
            }

            if (!drift)
            {
                yield break;
            }

            onRewalk();
            first = null;
        }
    }

    private async IAsyncEnumerable<(OffresPage Page, bool Moved)> WalkOnceAsync(
        OffresSearchRequest request,
        OffresPage first,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var total = first.Total ?? 0;
        yield return (first, false);

        var reach = Math.Min(total, Reach);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<OffresPage>>();
        var next = FirstRange.Next(limits, limits.MaxPageSize);
        try
        {
            while (true)
            {
                while (pending.Count < maxConcurrency && next is { } range && range.First < reach)
                {
                    pending.Enqueue(search(request with { Range = range.ToString() }, stop.Token));
                    next = range.Next(limits, limits.MaxPageSize);
                }

                if (pending.Count == 0)
                {
                    yield break;
                }

                var page = await pending.Dequeue().ConfigureAwait(false);
                yield return (page, (page.Total ?? 0) != total);
            }
        }
        finally
        {
            // The consumer stopped or a page failed: cancel the requests still in flight and observe them.
            await stop.CancelAsync().ConfigureAwait(false);
            await ((Task)Task.WhenAll(pending)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
