namespace OffresEmploi.Cli.Charts;

/// <summary>One <c>filtresPossibles</c> entry made readable: a title and its values, largest first.</summary>
/// <param name="Filtre">The API's filter name (<c>typeContrat</c>).</param>
/// <param name="Title">A readable title ("Type de contrat").</param>
/// <param name="Items">The values, sorted by count, then code.</param>
internal sealed record Facet(string Filtre, string Title, IReadOnlyList<FacetItem> Items)
{
    /// <summary>The sum of the counts; the API makes it equal to the total number of results.</summary>
    public int Total => Items.Sum(item => item.Count);
}
