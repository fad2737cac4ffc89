using System.ComponentModel;
using System.Runtime.CompilerServices;
using OffresEmploi.Sdk.Harvesting;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>
/// All the offers of a search; enumerate it for offers, or call <see cref="AsPages(CancellationToken)"/> for the pages with their
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
public partial class OffresPageable : IAsyncEnumerable<Offre>
{
    private readonly Func<OffresSearchRequest, CancellationToken, Task<OffresPage>>? _search;
    private readonly OffresSearchRequest? _request;
    private readonly OffresRangeLimits _limits = OffresRangeLimits.Current;
    private readonly IReadOnlyList<OffresPage>? _pages;
    private readonly CancellationToken _cancellationToken;
    private readonly OffresHarvester? _harvester;
    private readonly bool _allowPartial;
    private readonly int? _maxCount;

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

    private OffresPageable(OffresPageable source, int maxCount)
    {
        _search = source._search;
        _request = source._request;
        _limits = source._limits;
        _pages = source._pages;
        _cancellationToken = source._cancellationToken;
        _harvester = source._harvester;
        _allowPartial = source._allowPartial;
        _maxCount = Math.Min(maxCount, source._maxCount ?? int.MaxValue);
    }

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
    public virtual IAsyncEnumerable<OffresPage> AsPages(CancellationToken cancellationToken = default) =>
        Limit(_search is not null ? WalkRange(start: null, pageSizeHint: null, cancellationToken) : WalkPages(cancellationToken));

    /// <summary>
    /// Fetches the windows one by one from <paramref name="continuationToken"/> (Azure's <c>AsPages</c> shape), for a walk from a <c>range</c>.
    /// </summary>
    /// <param name="continuationToken">
    /// A page's <see cref="OffresPage.ContinuationToken"/>, or any 0-based offer index up to the cap as invariant digits
    /// (<c>"3050"</c>); null to start at the request's <c>range</c>. An index past the last first index the API accepts
    /// (3000) is reached by a window that starts there, without the repeated offers.
    /// </param>
    /// <param name="pageSizeHint">The offers per request (at most the limits' window, 150); null for the size of the request's <c>range</c>.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The pages, in range order.</returns>
    /// <exception cref="ArgumentException"><paramref name="continuationToken"/> is not an index up to the cap, or <paramref name="pageSizeHint"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">This pageable is a complete retrieval (a request without <c>range</c>), which has no continuation token.</exception>
    public virtual IAsyncEnumerable<OffresPage> AsPages(string? continuationToken, int? pageSizeHint = null, CancellationToken cancellationToken = default)
    {
        if (_search is null)
        {
            throw new InvalidOperationException("A continuation token applies to a walk from a range (a request with Range); a complete retrieval resumes from HarvestOptions.ResumeFrom.");
        }

        var start = continuationToken is null ? (int?)null : ParseToken(continuationToken, _limits);
        if (pageSizeHint is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "The page size hint must be positive.");
        }

        return Limit(WalkRange(start, pageSizeHint, cancellationToken));
    }

    /// <summary>
    /// Returns this pageable limited to its first <paramref name="count"/> offers: a walk from a <c>range</c> asks for no
    /// offer past them (the last window is shortened), and ends normally once they are yielded.
    /// </summary>
    /// <param name="count">The most offers to yield; at least 1.</param>
    /// <returns>The limited pageable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public virtual OffresPageable Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new OffresPageable(this, count);
    }

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
