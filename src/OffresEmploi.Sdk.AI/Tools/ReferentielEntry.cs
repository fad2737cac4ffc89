using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>One referentiel entry as <c>lookup_referentiel</c> shows it; <paramref name="Detail"/> carries what some referentiels add (a commune's postal code and département, a département's région).</summary>
internal sealed record ReferentielEntry(string Code, string Libelle, string? Detail = null)
{
    /// <summary>Reads a referentiel through the client's cache: code/label pairs, plus the detail of communes and départements.</summary>
    public static async Task<IReadOnlyList<ReferentielEntry>> LoadAsync(OffresEmploiClient client, string name, CancellationToken cancellationToken)
    {
        // Only the detail needs the typed lists; which call serves a name is the SDK's business (its generated table).
        if (name == ReferentielName.Communes.Value)
        {
            return [.. (await client.GetCommunesAsync(cancellationToken).ConfigureAwait(false)).Select(From)];
        }

        if (name == ReferentielName.Departements.Value)
        {
            return [.. (await client.GetDepartementsAsync(cancellationToken).ConfigureAwait(false)).Select(From)];
        }

        return [.. (await client.GetReferentielAsync(name, cancellationToken).ConfigureAwait(false)).Select(r => new ReferentielEntry(r.Code ?? "", r.Libelle ?? ""))];
    }

    private static ReferentielEntry From(Commune commune) =>
        new(commune.Code ?? "", commune.Libelle ?? "", Join(commune.CodePostal, commune.CodeDepartement is { } d ? "dép. " + d : null));

    private static ReferentielEntry From(Departement departement) =>
        new(departement.Code ?? "", departement.Libelle ?? "", departement.Region?.Libelle);

    /// <summary>The short detail shown after a label ("74000, dép. 74").</summary>
    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(", ", present);
    }
}
