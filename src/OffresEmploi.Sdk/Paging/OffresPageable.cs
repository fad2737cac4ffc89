using System.ComponentModel;
using System.Runtime.CompilerServices;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Paging;

/// <summary>
/// All the offers of a search, fetched window by window up to the API's cap; enumerate it for offers, or call
/// <see cref="AsPages"/> for the pages with their totals and ranges (Azure's <c>AsyncPageable</c> shape).
/// </summary>
/// <remarks>
/// Windows are requested one after the other, starting at the request's <c>range</c> (or <c>0-149</c>). Reaching
/// the cap is not an error: the last page then has <see cref="OffresPage.IsTruncatedByApiLimit"/> set. To go past
/// the cap, split the criteria (for example by creation-date window) and page each part.
/// </remarks>
public class OffresPageable : IAsyncEnumerable<Offre>
{
    private readonly Func<OffresSearchRequest, CancellationToken, Task<OffresPage>>? _search;
    private readonly OffresSearchRequest? _request;
    private readonly OffresRangeLimits _limits = OffresRangeLimits.Current;
    private readonly IReadOnlyList<OffresPage>? _pages;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Initializes a new instance of the <see cref="OffresPageable"/> class, for mocking.</summary>
    protected OffresPageable()
    {
    }

    internal OffresPageable(
        Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> search,
        OffresSearchRequest request,
        OffresRangeLimits limits,
        CancellationToken cancellationToken)
    {
        _search = search;
        _request = request;
        _limits = limits;
        _cancellationToken = cancellationToken;
    }

    private OffresPageable(IReadOnlyList<OffresPage> pages) => _pages = pages;

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

        if (_search is null || _request is null)
        {
            yield break;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancellationToken);
        var token = linked.Token;
        var range = _request.Range is { } start ? OffresRange.Parse(start) : OffresRange.FirstPage(_limits.MaxPageSize);
        OffresRange? previous = null;
        while (true)
        {
            var page = await _search(_request with { Range = range.ToString() }, token).ConfigureAwait(false);
            if (previous is { } seen)
            {
                page = page.SkipFirst(range.OverlapWith(seen));
            }

            yield return page;
            if (page.NextRange is not { } next || next.Last <= range.Last)
            {
                yield break;
            }

            previous = page.ContentRange is { First: { } first, Last: { } last } ? new OffresRange(first, last) : range;
            range = next;
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
