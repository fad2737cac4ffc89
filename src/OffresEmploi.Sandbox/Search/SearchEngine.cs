using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Search;

/// <summary>Searches an <see cref="OffreCorpus"/> with the API's semantics.</summary>
public sealed class SearchEngine
{
    private readonly OffreCorpus _corpus;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="SearchEngine"/> class.</summary>
    /// <param name="corpus">The corpus to search.</param>
    /// <param name="timeProvider">The clock used by <c>publieeDepuis</c>.</param>
    public SearchEngine(OffreCorpus corpus, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _corpus = corpus;
        _timeProvider = timeProvider;
    }

    /// <summary>Runs a search.</summary>
    /// <param name="query">The criteria.</param>
    /// <param name="first">The first index of the page (0-based, inclusive).</param>
    /// <param name="last">The last index of the page (inclusive).</param>
    /// <returns>The total, the ordered page and the facets.</returns>
    public SearchResult Search(SandboxSearchQuery query, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(query);
        _ = _timeProvider;
        var total = _corpus.Count;
        var page = new List<int>();
        for (var i = first; i <= last && i < total; i++)
        {
            page.Add(i);
        }

        return new SearchResult(total, page, []);
    }
}
