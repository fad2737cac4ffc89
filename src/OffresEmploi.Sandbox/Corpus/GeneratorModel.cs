using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Corpus;

/// <summary>The weighted choices the generator draws from, computed once from <see cref="SandboxData"/>.</summary>
internal sealed class GeneratorModel
{
    private static readonly Lazy<GeneratorModel> s_instance = new(() => new GeneratorModel(SandboxData.Instance));

    /// <summary>Words of métier labels that name a manager, an engineer or an expert: jobs offered mostly to cadres.</summary>
    private static readonly string[] ExecutiveWords =
    [
        "Directeur", "Ingénieur", "Responsable", "Cadre", "Expert", "Consultant", "Architecte", "Actuaire", "Médecin",
        "Pharmacien", "Président", "Data ", "Product Owner", "Chef comptable", "Chef de produit", "Cheffe des ventes",
        "Juriste", "Notaire",
    ];

    private GeneratorModel(SandboxData data)
    {
        Data = data;
        var communes = data.Communes;

        // Offers go where people live, a little more than proportionally (jobs gather in towns); the three
        // cities split into arrondissements get their offers through the arrondissements.
        var candidates = new List<int>();
        var weights = new List<double>();
        for (var i = 0; i < communes.Count; i++)
        {
            if (communes.Arrondissements.ContainsKey(i) || communes.CodesPostaux[i].Length == 0)
            {
                continue;
            }

            candidates.Add(i);
            weights.Add(Math.Pow(Math.Max(communes.Population[i], 1), 1.1));
        }

        CommuneCandidates = [.. candidates];
        CommuneWeights = Cumulative.Of(weights.ToArray());

        // Share of offers per grand domaine letter, roughly as on the French job market.
        var letterShares = new Dictionary<char, double>
        {
            ['A'] = 3, ['B'] = 0.4, ['C'] = 2.5, ['D'] = 14, ['E'] = 1.5, ['F'] = 8, ['G'] = 13, ['H'] = 9,
            ['I'] = 5, ['J'] = 9, ['K'] = 14, ['L'] = 0.8, ['M'] = 10, ['N'] = 10,
        };
        var byLetter = Enumerable.Range(0, data.AppellationCodes.Length)
            .GroupBy(a => data.Metiers[data.AppellationRome[a]].Code[0])
            .Where(g => letterShares.ContainsKey(g.Key))
            .OrderBy(g => g.Key)
            .ToArray();
        Letters = byLetter.Select(g => g.Key).ToArray();
        AppellationsByLetter = byLetter.Select(g => g.ToArray()).ToArray();
        LetterWeights = Cumulative.Of(Letters.Select(l => letterShares[l]).ToArray());
        PartnerWeights = Cumulative.Of(data.PartenaireWeights);

        // Within a grand domaine, métiers are offered as often as the market asks for them (metiers-demande.tsv),
        // a métier's share split evenly between its appellations.
        var appellationsPerRome = data.AppellationRome.CountBy(rome => rome).ToDictionary();
        AppellationWeightsByLetter = AppellationsByLetter
            .Select(appellations => Cumulative.Of(appellations
                .Select(a => data.MetierDemand[data.AppellationRome[a]] / appellationsPerRome[data.AppellationRome[a]])
                .ToArray()))
            .ToArray();

        // Office, IT and finance jobs are mostly permanent (IT nearly always); hospitality, farm work, logistics and the
        // performing arts much less (seasonal, interim, intermittent contracts). The factors scale the CDI weight per
        // ROME domaine or grand domaine and keep the overall share near the real one (about half the offers).
        var cdiFactors = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["A"] = 0.5, ["C"] = 1.6, ["E"] = 1.2, ["F"] = 1.1, ["G"] = 0.65, ["H"] = 0.8, ["I"] = 1.3, ["K"] = 0.85,
            ["L"] = 0.4, ["M"] = 2.2, ["M18"] = 4.0, ["N"] = 0.75,
        };
        TypeContratWeightsByMetier = data.Metiers.Select(metier =>
        {
            var cdi = cdiFactors.TryGetValue(metier.Code[..3], out var factor) ? factor : cdiFactors.GetValueOrDefault(metier.Code[..1], 1.0);
            return Cumulative.Of(TypeContratCodes.Select(c => c switch
            {
                "CDI" => 47.0 * cdi, "CDD" => 25.0, "MIS" => 15.0, "SAI" => 6.0, "DIN" => 1.0, "DDI" => 1.2, "TTI" => 0.5,
                "LIB" => 1.2, "CCE" => 0.6, "FRA" => 0.3, "REP" => 0.2, _ => 0.0,
            }).ToArray());
        }).ToArray();

        // Managers, engineers and experts are mostly hired as cadres; office, design and research jobs often.
        CadreShareByMetier = data.Metiers.Select(m =>
            ExecutiveWords.Any(w => m.Libelle.Contains(w, StringComparison.Ordinal)) ? 0.75
            : m.Code[0] == 'M' || m.Code.StartsWith("H12", StringComparison.Ordinal) || m.Code.StartsWith("K24", StringComparison.Ordinal) ? 0.35
            : 0.0).ToArray();
    }

    public static GeneratorModel Instance => s_instance.Value;

    /// <summary>Gets the typesContrats codes in referentiel order (the index stored per offer).</summary>
    public static string[] TypeContratCodes => SandboxData.Instance.TypesContrats.Select(t => t.Code).ToArray();

    public SandboxData Data { get; }

    public int[] CommuneCandidates { get; }

    public double[] CommuneWeights { get; }

    public char[] Letters { get; }

    public double[] LetterWeights { get; }

    public int[][] AppellationsByLetter { get; }

    /// <summary>Gets the cumulative weights of <see cref="AppellationsByLetter"/>, from the métiers' demand.</summary>
    public double[][] AppellationWeightsByLetter { get; }

    public double[] PartnerWeights { get; }

    /// <summary>Gets the cumulative weights of the contract types (<see cref="TypeContratCodes"/> order) per métier.</summary>
    public double[][] TypeContratWeightsByMetier { get; }

    /// <summary>Gets, for each métier, the share of its offers (with a qualification) hired as cadres.</summary>
    public double[] CadreShareByMetier { get; }

    public int TypeIndex(string code) => Array.FindIndex(Data.TypesContrats, t => t.Code == code);

    public int NatureIndex(string code) => Array.FindIndex(Data.NaturesContrats, t => t.Code == code);
}
