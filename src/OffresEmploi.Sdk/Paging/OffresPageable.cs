using System.ComponentModel;
using System.Runtime.CompilerServices;
using OffresEmploi.Sdk.Harvesting;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Paging;

/// <summary>
/// All the offers of a search; enumerate it for offers, or call <see cref="AsPages"/> for the pages with their
/// totals and ranges (Azure's <c>AsyncPageable</c> shape).
/// </summary>
/// <remarks>
/// <para>
/// From <see cref="OffresEmploiClient.SearchAllAsync(OffresSearchRequest, HarvestOptions?, CancellationToken)"/>
/// without a <c>range</c>, every matching offer is yielded exactly once, past the API's range cap: a set larger
/// than the cap is split into creation-date windows (see <see cref="HarvestOptions"/>). <see cref="Reconciliation"/>
/// then accounts for the run, and <see cref="Checkpoint"/> lets an interrupted run resume.
/// </para>
/// <para>
/// With a <c>range</c> in the request, windows are requested one after the other from that range up to the cap. When
/// the cap leaves offers out of reach, the last page has <see cref="OffresPage.IsTruncatedByApiLimit"/> set and, unless
/// <see cref="HarvestOptions.AllowPartial"/> is set, the enumeration then throws <see cref="OffresEmploiHarvestException"/>
/// (<see cref="HarvestStopReason.Incomplete"/>): a stream never ends short in silence.
/// </para>
/// </remarks>
public class OffresPageable : IAsyncEnumerable<Offre>
{
    private readonly Func<OffresSearchRequest, CancellationToken, Task<OffresPage>>? _search;
    private readonly OffresSearchRequest? _request;
    private readonly OffresRangeLimits _limits = OffresRangeLimits.Current;
    private readonly IReadOnlyList<OffresPage>? _pages;
    private readonly CancellationToken _cancellationToken;
    private readonly OffresHarvester? _harvester;
    private readonly bool _allowPartial;

    /// <summary>Initializes a new instance of the <see cref="OffresPageable"/> class, for mocking.</summary>
    protected OffresPageable()
    {
    }

    internal OffresPageable(
        Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> search,
        OffresSearchRequest request,
        OffresRangeLimits limits,
        bool allowPartial,
        CancellationToken cancellationToken)
    {
        _search = search;
        _request = request;
        _limits = limits;
        _allowPartial = allowPartial;
        _cancellationToken = cancellationToken;
    }

    internal OffresPageable(OffresHarvester harvester, CancellationToken cancellationToken)
    {
        _harvester = harvester;
        _cancellationToken = cancellationToken;
    }

    private OffresPageable(IReadOnlyList<OffresPage> pages) => _pages = pages;

    /// <summary>
    /// Gets the account of a complete retrieval once it has been enumerated to the end: offers announced, yielded,
    /// duplicates dropped, requests and windows; null before the end, or for a walk from an explicit range.
    /// </summary>
    public virtual HarvestReconciliation? Reconciliation => _harvester?.Reconciliation;

    /// <summary>
    /// Gets where a complete retrieval stands after the page last yielded; pass it to
    /// <see cref="HarvestOptions.ResumeFrom"/> to resume an interrupted run. Null for a walk from an explicit range.
    /// </summary>
    public virtual HarvestCheckpoint? Checkpoint => _harvester?.Checkpoint;

    /// <summary>Creates a pageable over fixed pages, for tests (Azure's <c>AsyncPageable.FromPages</c>).</summary>
    /// <param name="pages">The pages to yield, in order.</param>
    /// <returns>A pageable that yields exactly these pages.</returns>
    public static OffresPageable FromPages(IEnumerable<OffresPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new OffresPageable([.. pages]);
    }

    /// <summary>Fetches the windows one by one and yields each page.</summary>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The pages, in range order; offers repeated by an overlapping window are removed.</returns>
    public virtual IAsyncEnumerable<OffresPage> AsPages(CancellationToken cancellationToken = default) => WalkPages(cancellationToken);

    /// <summary>Enumerates every offer of every page.</summary>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The offers, in range order.</returns>
    public virtual IAsyncEnumerator<Offre> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        WalkOffers(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private async IAsyncEnumerable<OffresPage> WalkPages([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_pages is not null)
        {
            foreach (var fixedPage in _pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return fixedPage;
            }

            yield break;
        }

        if (_harvester is not null)
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancellationToken);
            await foreach (var page in _harvester.RunAsync(both.Token).ConfigureAwait(false))
            {
                yield return page;
            }

            yield break;
        }

        if (_search is null || _request is null)
        {
            yield break;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancellationToken);
        var token = linked.Token;
        var range = _request.Range is { } start ? OffresRange.Parse(start) : OffresRange.FirstPage(_limits.MaxPageSize);
        var firstIndex = range.First;
        OffresRange? previous = null;
        var (requests, yielded) = (0, 0L);
        while (true)
        {
            var page = await _search(_request with { Range = range.ToString() }, token).ConfigureAwait(false);
            requests++;
            if (previous is { } seen)
            {
                page = page.SkipFirst(range.OverlapWith(seen));
            }

            yielded += page.Offres.Count;
            yield return page;
            if (page.NextRange is not { } next || next.Last <= range.Last)
            {
                if (page.IsTruncatedByApiLimit && !_allowPartial && page.Total is { } total)
                {
                    throw CapReached(total - firstIndex, yielded, requests);
                }

                yield break;
            }

            previous = page.ContentRange is { First: { } first, Last: { } last } ? new OffresRange(first, last) : range;
            range = next;
        }
    }

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

    private async IAsyncEnumerable<Offre> WalkOffers([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in AsPages(cancellationToken).ConfigureAwait(false))
        {
            foreach (var offre in page.Offres)
            {
                yield return offre;
            }
        }
    }

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => base.Equals(obj);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => base.GetHashCode();

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override string? ToString() => base.ToString();
}
