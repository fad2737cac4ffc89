using System.Runtime.CompilerServices;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Paging;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>Reads the first <c>limit</c> offers of a search, one page (at most 150) per request.</summary>
internal static class PagedSearch
{
    /// <summary>The API's largest page.</summary>
    public const int PageSize = OffresRangeLimits.DefaultMaxPageSize;

    /// <summary>Requests pages until <paramref name="limit"/> offers are read or the results end.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The criteria (its range is replaced).</param>
    /// <param name="limit">The number of offers wanted, at most 3150.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The pages, in order; the first one carries the total and the facets.</returns>
    public static async IAsyncEnumerable<OffresPage> PagesAsync(
        OffresEmploiClient client,
        OffresSearchRequest request,
        int limit,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var first = 0; first < limit; first += PageSize)
        {
            var last = Math.Min(first + PageSize, limit) - 1;
            var page = await client.SearchAsync(request with { Range = new OffresRange(first, last).ToString() }, cancellationToken);
            yield return page;
            if (!page.HasMore || page.Offres.Count < last - first + 1)
            {
                yield break;
            }
        }
    }
}
