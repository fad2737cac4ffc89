namespace OffresEmploi.Sdk.AI.Results;

/// <summary>One facet of the API (<c>filtresPossibles</c>), with labels.</summary>
internal sealed record Facet(string Filter, IReadOnlyList<FacetValue> Values);
