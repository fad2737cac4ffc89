using System.Collections.Frozen;
using System.Text.Json;

namespace OffresEmploi.Sandbox.Data;

/// <summary>The 16 referentiels of <c>GET /v2/referentiel/{name}</c>, as the sandbox serves them.</summary>
/// <remarks>Sources: <c>Data/ATTRIBUTION.md</c>. <c>communes</c>, <c>departements</c> and <c>regions</c> have
/// their typed shapes (<c>Commune</c>, <c>Departement</c> with a nested <c>Region</c>, <c>Region</c>); the
/// others are <c>{code, libelle}</c> lists.</remarks>
public static class ReferentielData
{
    private static readonly string[] s_names =
    [
        "appellations", "communes", "continents", "departements", "domaines", "langues", "metiers", "nafs",
        "naturesContrats", "niveauxFormations", "pays", "permis", "regions", "secteursActivites", "themes", "typesContrats",
    ];

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> s_codes = new(BuildCodes);

    /// <summary>Gets the referentiel names, as in <c>/v2/referentiel/{name}</c>.</summary>
    public static IReadOnlyList<string> Names => s_names;

    /// <summary>Writes the JSON array of a referentiel.</summary>
    /// <param name="name">The referentiel name (case-sensitive, as in the API path).</param>
    /// <param name="writer">The destination.</param>
    /// <returns><see langword="false"/> (and nothing written) when the name is unknown.</returns>
    public static bool TryWrite(string name, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (name is null || Array.IndexOf(s_names, name) < 0)
        {
            return false;
        }

        var data = SandboxData.Instance;
        writer.WriteStartArray();
        switch (name)
        {
            case "communes":
                WriteCommunes(writer, data);
                break;
            case "departements":
                WriteDepartements(writer, data);
                break;
            default:
                foreach (var item in data.Referentiels[name])
                {
                    writer.WriteStartObject();
                    writer.WriteString("code", item.Code);
                    writer.WriteString("libelle", item.Libelle);
                    writer.WriteEndObject();
                }

                break;
        }

        writer.WriteEndArray();
        return true;
    }

    /// <summary>Tells whether <paramref name="code"/> is a code of referentiel <paramref name="name"/>
    /// (for parameter validation).</summary>
    /// <param name="name">The referentiel name.</param>
    /// <param name="code">The code, compared case-sensitively.</param>
    /// <returns><see langword="true"/> when the referentiel lists the code.</returns>
    public static bool IsKnownCode(string name, string code) =>
        name is not null && code is not null && s_codes.Value.TryGetValue(name, out var codes) && codes.Contains(code);

    private static void WriteCommunes(Utf8JsonWriter writer, SandboxData data)
    {
        var communes = data.Communes;
        for (var i = 0; i < communes.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("code", communes.Codes[i]);
            writer.WriteString("libelle", Json.OffreTexts.UpperPlace(communes.Noms[i]));
            if (communes.CodesPostaux[i].Length > 0)
            {
                writer.WriteString("codePostal", communes.CodesPostaux[i][0]);
            }

            writer.WriteString("codeDepartement", data.Departements.Codes[communes.Departement[i]]);
            writer.WriteEndObject();
        }
    }

    private static void WriteDepartements(Utf8JsonWriter writer, SandboxData data)
    {
        var departements = data.Departements;
        for (var d = 0; d < departements.Count; d++)
        {
            writer.WriteStartObject();
            writer.WriteString("code", departements.Codes[d]);
            writer.WriteString("libelle", departements.Noms[d]);
            var region = data.Regions[data.RegionIndex[departements.Regions[d]]];
            writer.WriteStartObject("region");
            writer.WriteString("code", region.Code);
            writer.WriteString("libelle", region.Libelle);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    private static FrozenDictionary<string, FrozenSet<string>> BuildCodes()
    {
        var data = SandboxData.Instance;
        var codes = data.Referentiels.ToDictionary(p => p.Key, p => p.Value.Select(x => x.Code).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        codes["communes"] = data.Communes.Codes.ToFrozenSet(StringComparer.Ordinal);
        codes["departements"] = data.Departements.Codes.ToFrozenSet(StringComparer.Ordinal);
        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
