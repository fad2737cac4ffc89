namespace OffresEmploi.Sdk.AI.Results;

/// <summary>One code of a referentiel.</summary>
internal sealed record ReferentielItem(string Code, string Libelle, string? Detail = null);
