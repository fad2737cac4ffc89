using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>The first <c>limit</c> offers of a search in the API's order, through the SDK's pageable.</summary>
internal static class PagedSearch
{
    /// <summary>Walks the pages from the first one, widest windows, asking for no offer past <paramref name="limit"/>.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The criteria (its range is replaced).</param>
    /// <param name="limit">The number of offers wanted, at most the cap (3150).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The pages, in order; the first one carries the total and the facets.</returns>
    public static IAsyncEnumerable<OffresPage> PagesAsync(OffresEmploiClient client, OffresSearchRequest request, int limit, CancellationToken cancellationToken = default)
    {
        // A range makes SearchAllAsync walk windows in relevance order (without one it harvests by creation date).
        var first = OffresRange.FirstPage(Math.Min(limit, client.RangeLimits.MaxPageSize));
        return client.SearchAllAsync(request with { Range = first.ToString() }, cancellationToken).Take(limit).AsPages(cancellationToken);
    }
}
