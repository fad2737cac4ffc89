namespace OffresEmploi.Sdk.AI.Backend;

/// <summary>One referentiel entry; <paramref name="Detail"/> carries what some referentiels add (a commune's postal code and département, a département's région).</summary>
internal sealed record ReferentielEntry(string Code, string Libelle, string? Detail = null);
