namespace OffresEmploi.Sandbox.Search;

/// <summary>The result of one sandbox search.</summary>
public sealed class SearchResult
{
    /// <summary>Initializes a new instance of the <see cref="SearchResult"/> class.</summary>
    /// <param name="total">The number of matched offers.</param>
    /// <param name="page">The corpus indices of the requested page, in order.</param>
    /// <param name="filtresPossibles">The facets over the whole matched set.</param>
    public SearchResult(int total, IReadOnlyList<int> page, IReadOnlyList<FacetResult> filtresPossibles)
    {
        Total = total;
        Page = page;
        FiltresPossibles = filtresPossibles;
    }

    /// <summary>Gets the number of matched offers.</summary>
    public int Total { get; }

    /// <summary>Gets the corpus indices of the requested page, in order.</summary>
    public IReadOnlyList<int> Page { get; }

    /// <summary>Gets the facets computed over the whole matched set.</summary>
    public IReadOnlyList<FacetResult> FiltresPossibles { get; }
}
