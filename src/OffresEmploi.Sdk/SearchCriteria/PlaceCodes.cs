namespace OffresEmploi.Sdk;

/// <summary>The place parameters of a request, and the place searched in a few words.</summary>
internal sealed record PlaceCodes(IReadOnlyList<string>? Commune, int? Distance, IReadOnlyList<string>? Departement, string? Region, string? Where);
