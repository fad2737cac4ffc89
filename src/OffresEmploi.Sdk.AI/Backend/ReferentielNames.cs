namespace OffresEmploi.Sdk.AI.Backend;

/// <summary>The 16 referentiels of the API, by their path names, in alphabetical order for the schema's enum.</summary>
internal static class ReferentielNames
{
    public static IReadOnlyList<string> All { get; } = [.. OffresEmploiClient.ReferentielNames.Order(StringComparer.Ordinal)];
}
