namespace OffresEmploi.Sdk.AI.Backend;

/// <summary>The 16 referentiels of the API, by their path names.</summary>
internal static class ReferentielNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "appellations", "communes", "continents", "departements", "domaines", "langues", "metiers", "nafs",
        "naturesContrats", "niveauxFormations", "pays", "permis", "regions", "secteursActivites", "themes", "typesContrats",
    ];
}
