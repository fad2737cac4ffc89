namespace OffresEmploi.Sandbox.Search;

/// <summary>One entry of <c>filtresPossibles</c>: the counts per value of one filter over the whole matched set.</summary>
/// <param name="Filtre">The filter name (typeContrat, experience, qualification, natureContrat).</param>
/// <param name="Agregation">The values and their counts.</param>
public sealed record FacetResult(string Filtre, IReadOnlyList<(string ValeurPossible, int NbResultats)> Agregation);
