using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>The codes the sandbox's referentiels hold, read once through the SDK, for valid values and for judging a 400.</summary>
internal sealed record KnownCodes(IReadOnlyDictionary<string, string[]> ByReferentiel)
{
    private static readonly string[] s_names =
    [
        "appellations", "communes", "continents", "departements", "domaines", "metiers", "nafs", "naturesContrats",
        "niveauxFormations", "pays", "permis", "regions", "secteursActivites", "themes", "typesContrats",
    ];

    private readonly Dictionary<string, HashSet<string>> _sets = ByReferentiel.ToDictionary(p => p.Key, p => p.Value.ToHashSet(StringComparer.Ordinal));

    public string[] this[string referentiel] => ByReferentiel[referentiel];

    public bool Contains(string referentiel, string code) => _sets[referentiel].Contains(code);

    public static async Task<KnownCodes> LoadAsync(OffresEmploiClient client, CancellationToken cancellationToken)
    {
        var codes = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in s_names)
        {
            // The communes referentiel lists Paris, Lyon and Marseille as a whole, but a search refuses those codes
            // (issue #12): the valid ones are their arrondissements.
            codes[name] = name == "communes"
                ? [.. (await client.GetCommunesAsync(cancellationToken)).Select(c => c.Code!).Where(c => c is not ("75056" or "69123" or "13055"))]
                : [.. (await client.GetReferentielAsync(name, cancellationToken)).Select(r => r.Code!)];
            Assert.NotEmpty(codes[name]);
        }

        return new KnownCodes(codes);
    }
}
