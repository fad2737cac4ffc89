using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Commands;

/// <summary>How <c>offres referentiel</c> accepts the names of the SDK's referentiels (<see cref="ReferentielName"/>).</summary>
internal static class ReferentielNames
{
    /// <summary>The names, as the API spells them in <c>/v2/referentiel/{name}</c>, with the spec's description.</summary>
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
        [.. OffresEmploiClient.ReferentielNames.Select(name => (name, new ReferentielName(name).Label ?? ""))];

    /// <summary>Finds a name, ignoring case; also accepts the singular a filter uses ("typeContrat").</summary>
    /// <param name="text">The user's text.</param>
    /// <returns>The API's spelling.</returns>
    /// <exception cref="UsageException">No referentiel has that name.</exception>
    public static string Resolve(string text)
    {
        var wanted = text.Trim();
        foreach (var name in OffresEmploiClient.ReferentielNames)
        {
            if (string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(Singular(name), Singular(wanted), StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        throw new UsageException($"unknown referentiel \"{text}\"; run `offres referentiel` for the list.");
    }

    // "typesContrats" → "typecontrat", "metiers" → "metier": lets "typeContrat" or "metier" find them.
    private static string Singular(string name) => name.ToUpperInvariant().Replace("S", "", StringComparison.Ordinal);
}
