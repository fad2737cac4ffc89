namespace OffresEmploi.Sdk.AI.Results;

/// <summary>One value of a facet with its count and its share of the total, in percent.</summary>
internal sealed record FacetValue(string Code, string? Label, int Count, double Percent);
