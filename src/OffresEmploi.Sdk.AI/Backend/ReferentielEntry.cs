using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Backend;

/// <summary>One referentiel entry; <paramref name="Detail"/> carries what some referentiels add (a commune's postal code and département, a département's région).</summary>
internal sealed record ReferentielEntry(string Code, string Libelle, string? Detail = null)
{
    public static ReferentielEntry From(Commune commune) =>
        new(commune.Code ?? "", commune.Libelle ?? "", ReferentielDetails.Join(commune.CodePostal, commune.CodeDepartement is { } d ? "dép. " + d : null));

    public static ReferentielEntry From(Departement departement) =>
        new(departement.Code ?? "", departement.Libelle ?? "", departement.Region?.Libelle);

    public static ReferentielEntry From(Referentiel referentiel) => new(referentiel.Code ?? "", referentiel.Libelle ?? "");

    public static ReferentielEntry From(Region region) => new(region.Code ?? "", region.Libelle ?? "");
}
