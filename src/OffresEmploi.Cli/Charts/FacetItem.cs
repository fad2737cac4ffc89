namespace OffresEmploi.Cli.Charts;

/// <summary>One value of a facet: its code, a readable label and the number of matching offers.</summary>
/// <param name="Code">The code as the API sends it (<c>CDI</c>, <c>2</c>).</param>
/// <param name="Label">The French label from the extensible enum; for an unknown code, the code marked as
/// undocumented (<c>4 (code non documenté)</c>).</param>
/// <param name="Count">The number of offers (<c>nbResultats</c>).</param>
internal sealed record FacetItem(string Code, string Label, int Count)
{
    /// <summary>Gets whether the label already shows the code ("CDI", "4 (code non documenté)"), so no "(code)" is added.</summary>
    public bool LabelShowsCode => Label == Code || Label.StartsWith(Code + " (", StringComparison.Ordinal);
}
