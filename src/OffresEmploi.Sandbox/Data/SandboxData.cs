namespace OffresEmploi.Sandbox.Data;

/// <summary>All the reference data of the simulator, loaded once from the embedded resources.</summary>
internal sealed partial class SandboxData
{
    private static readonly Lazy<SandboxData> s_instance = new(() => new SandboxData());

    private SandboxData()
    {
        // The commune table is the largest resource: load it on another core while the rest is read.
        Departements = new DepartementTable();
        var communes = Task.Run(() => new CommuneTable(Departements));
        var sections = ReadSections();
        Regions = sections["regions"];
        Metiers = sections["metiers"];
        Domaines = sections["domaines"];
        Themes = sections["themes"];
        Nafs = sections["nafs"];
        Permis = sections["permis"];
        NiveauxFormations = sections["niveauxFormations"];
        TypesContrats = sections["typesContrats"];
        NaturesContrats = sections["naturesContrats"];
        Langues = ReadCodeLabels("langues.tsv");
        SecteursActivites = ReadCodeLabels("secteurs-activites.tsv");
        Referentiels = new Dictionary<string, CodeLabel[]>(sections, StringComparer.Ordinal)
        {
            ["langues"] = Langues,
            ["secteursActivites"] = SecteursActivites,
        };
        MetierIndex = Index(Metiers);
        DomaineLibelles = Domaines.ToDictionary(d => d.Code, d => d.Libelle, StringComparer.Ordinal);
        NafIndex = Index(Nafs);
        RegionIndex = Index(Regions);
        (AppellationCodes, AppellationLibelles, AppellationRome) = ReadAppellations(sections["appellations"]);
        ThemeMaskByRome = BuildThemeMasks();
        MetierDemand = ReadMetierDemand();
        CompetencesByRome = BuildCompetences();
        Qualites = ReadCodeLabels("qualites-professionnelles.tsv");
        var partenaires = EmbeddedData.ReadRows("partenaires.tsv");
        Partenaires = partenaires.Select(r => new CodeLabel(r[0], r[1])).ToArray();
        PartenaireWeights = partenaires.Select(r => double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        FormationsByGrandDomaine = EmbeddedData.ReadRows("formations.tsv")
            .GroupBy(r => r[0][0])
            .ToDictionary(g => g.Key, g => g.Select(r => new CodeLabel(r[1], r[2])).ToArray());
        NafsByGrandDomaine = EmbeddedData.ReadRows("nafs-grands-domaines.tsv")
            .ToDictionary(r => r[0][0], r => r[1].Split(' ').Select(c => NafIndex[c]).ToArray());
        Communes = communes.GetAwaiter().GetResult();
    }

    public static SandboxData Instance => s_instance.Value;

    public DepartementTable Departements { get; }

    public CommuneTable Communes { get; }

    /// <summary>Gets the referentiels served as <c>{code, libelle}</c> lists, by API name.</summary>
    public IReadOnlyDictionary<string, CodeLabel[]> Referentiels { get; }

    public CodeLabel[] Regions { get; }

    public CodeLabel[] Metiers { get; }

    public CodeLabel[] Domaines { get; }

    public CodeLabel[] Themes { get; }

    public CodeLabel[] Nafs { get; }

    public CodeLabel[] Permis { get; }

    public CodeLabel[] NiveauxFormations { get; }

    public CodeLabel[] TypesContrats { get; }

    public CodeLabel[] NaturesContrats { get; }

    public CodeLabel[] Langues { get; }

    public CodeLabel[] SecteursActivites { get; }

    public Dictionary<string, int> MetierIndex { get; }

    public Dictionary<string, string> DomaineLibelles { get; }

    public Dictionary<string, int> NafIndex { get; }

    public Dictionary<string, int> RegionIndex { get; }

    /// <summary>Gets the codes of the appellations offers are published under (those linked to a ROME code).</summary>
    public string[] AppellationCodes { get; }

    public string[] AppellationLibelles { get; }

    /// <summary>Gets the index in <see cref="Metiers"/> of each offer appellation's ROME code.</summary>
    public int[] AppellationRome { get; }

    /// <summary>Gets, for each métier, how often it is offered relative to an average métier of its grand domaine
    /// (<c>metiers-demande.tsv</c>; 1 when not listed).</summary>
    public double[] MetierDemand { get; }

    /// <summary>Gets, for each métier, the bit mask of the themes (bit t-1 for theme code t) it belongs to.</summary>
    public int[] ThemeMaskByRome { get; }

    /// <summary>Gets, for each métier, the competences an offer can list (at most 64).</summary>
    public CodeLabel[][] CompetencesByRome { get; }

    /// <summary>Gets the professional qualities (libelle, description).</summary>
    public CodeLabel[] Qualites { get; }

    /// <summary>Gets the partner sites (nom, logo URL).</summary>
    public CodeLabel[] Partenaires { get; }

    /// <summary>Gets how many real offers of each partner were seen (the generator's weights).</summary>
    public double[] PartenaireWeights { get; }

    public IReadOnlyDictionary<char, CodeLabel[]> FormationsByGrandDomaine { get; }

    /// <summary>Gets plausible employer NAF codes (indices in <see cref="Nafs"/>) per grand domaine letter.</summary>
    public IReadOnlyDictionary<char, int[]> NafsByGrandDomaine { get; }
}
