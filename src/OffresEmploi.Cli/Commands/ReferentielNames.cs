using OffresEmploi.Cli.Infrastructure;

namespace OffresEmploi.Cli.Commands;

/// <summary>The 16 referentiels of the API and how <c>offres referentiel</c> accepts their names.</summary>
internal static class ReferentielNames
{
    /// <summary>The names, as the API spells them in <c>/v2/referentiel/{name}</c>, with a short description.</summary>
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        ("appellations", "ROME appellations (about 11,500)"),
        ("communes", "communes, with INSEE and postal codes"),
        ("continents", "continents (paysContinent)"),
        ("departements", "départements"),
        ("domaines", "job domains"),
        ("langues", "languages"),
        ("metiers", "ROME jobs (codeROME)"),
        ("nafs", "NAF (APE) codes"),
        ("naturesContrats", "contract natures (natureContrat)"),
        ("niveauxFormations", "education levels"),
        ("pays", "countries (paysContinent)"),
        ("permis", "driving licences"),
        ("regions", "régions"),
        ("secteursActivites", "business sectors (secteurActivite)"),
        ("themes", "ROME themes"),
        ("typesContrats", "contract types (typeContrat)"),
    ];

    /// <summary>Finds a name, ignoring case; also accepts the singular a filter uses ("typeContrat").</summary>
    /// <param name="text">The user's text.</param>
    /// <returns>The API's spelling.</returns>
    /// <exception cref="UsageException">No referentiel has that name.</exception>
    public static string Resolve(string text)
    {
        var wanted = text.Trim();
        foreach (var (name, _) in All)
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
