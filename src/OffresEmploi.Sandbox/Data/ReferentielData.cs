using System.Text.Json;

namespace OffresEmploi.Sandbox.Data;

/// <summary>The 16 referentiels served by the sandbox.</summary>
public static class ReferentielData
{
    private static readonly string[] s_names =
    [
        "appellations", "communes", "continents", "departements", "domaines", "langues", "metiers",
        "naturesContrats", "nafs", "niveauxFormations", "pays", "permis", "regions", "secteursActivites",
        "themes", "typesContrats",
    ];

    /// <summary>Gets the referentiel names, as in <c>/v2/referentiel/{name}</c>.</summary>
    public static IReadOnlyList<string> Names => s_names;

    /// <summary>Writes the JSON array of a referentiel.</summary>
    /// <param name="name">The referentiel name.</param>
    /// <param name="writer">The destination.</param>
    /// <returns><see langword="false"/> when the name is unknown.</returns>
    public static bool TryWrite(string name, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!s_names.Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        writer.WriteStartArray();
        writer.WriteEndArray();
        return true;
    }

    /// <summary>Tells whether <paramref name="code"/> is a code of referentiel <paramref name="name"/>.</summary>
    /// <param name="name">The referentiel name.</param>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public static bool IsKnownCode(string name, string code) =>
        s_names.Contains(name, StringComparer.Ordinal) && !string.IsNullOrEmpty(code);
}
