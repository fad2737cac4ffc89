using System.CommandLine;
using System.Globalization;
using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>The search filters shared by <c>search</c>, <c>facets</c>, <c>salaries</c> and <c>harvest</c>.</summary>
/// <remarks>List options take comma-separated values and may be repeated. Place options take names
/// ("Annecy", "Haute-Savoie", "Bretagne"), postal codes or INSEE codes, resolved offline.</remarks>
internal class FilterSettings : GlobalSettings
{
    public string[] Keywords { get; set; } = [];

    public string[] Communes { get; set; } = [];

    public int? Distance { get; set; }

    public string[] Departements { get; set; } = [];

    public bool Limitrophes { get; set; }

    public string? Region { get; set; }

    public string[] TypesContrat { get; set; } = [];

    public string[] NaturesContrat { get; set; } = [];

    public string? Experience { get; set; }

    public string? Qualification { get; set; }

    public double? SalaireMin { get; set; }

    public string? Periode { get; set; }

    public int? PublieeDepuis { get; set; }

    public string? Since { get; set; }

    public string? Until { get; set; }

    public string[] Rome { get; set; } = [];

    public string[] Naf { get; set; } = [];

    public string[] Secteurs { get; set; } = [];

    public bool TempsPlein { get; set; }

    public bool TempsPartiel { get; set; }

    /// <summary>Adds the keywords and the filter options.</summary>
    /// <typeparam name="T">The command's settings.</typeparam>
    /// <param name="options">The command's options.</param>
    public static new void Define<T>(OptionBinder<T> options)
        where T : FilterSettings, new()
    {
        options.Add(
            new Argument<string[]>("KEYWORDS") { Description = "Keywords, combined with AND (quote an expression: \"développeur web\").", Arity = ArgumentArity.ZeroOrMore },
            (s, v) => s.Keywords = v);
        options.Add(CliOptions.List("--commune", "PLACE", "Commune (alias --near): name (\"Annecy\", \"Lyon 3e\"), postal code or INSEE code. Up to 5.", "--near"), (s, v) => s.Communes = v);
        options.Add(CliOptions.WholeNumber("--distance", "KM", "Radius in km around --commune (0 = the commune alone; the default for an arrondissement such as \"Paris 11e\").", example: 20), (s, v) => s.Distance = v);
        options.Add(CliOptions.List("--departement", "DEP", "Département: name (\"Haute-Savoie\") or code (74, 2A, 971). Up to 5."), (s, v) => s.Departements = v);
        options.Add(CliOptions.Flag("--limitrophes", "Also search the départements bordering --departement."), (s, v) => s.Limitrophes = v);
        options.Add(CliOptions.Text("--region", "REGION", "Région: name (\"Bretagne\") or code (53)."), (s, v) => s.Region = v);
        options.Add(CliOptions.List("--type-contrat", "CODES", "Contract types: CDI, CDD, MIS, SAI, ... (see `offres referentiel typesContrats`)."), (s, v) => s.TypesContrat = v);
        options.Add(CliOptions.List("--nature-contrat", "CODES", "Contract natures: E1, E2, FS, ... (see `offres referentiel naturesContrats`)."), (s, v) => s.NaturesContrat = v);
        options.Add(CliOptions.Text("--experience", "CODE", "Experience: 1 (< 1 year), 2 (1 to 3 years), 3 (> 3 years)."), (s, v) => s.Experience = v);
        options.Add(CliOptions.Text("--qualification", "CODE", "Qualification: 0 or non-cadre, 9 or cadre."), (s, v) => s.Qualification = v);
        options.Add(CliOptions.Number("--salaire-min", "EUROS", "Minimum salary in euros per --periode.", example: 45000), (s, v) => s.SalaireMin = v);
        options.Add(CliOptions.Text("--periode", "PERIOD", "Period of --salaire-min: A (yearly, default), M (monthly), H (hourly), C (per performance)."), (s, v) => s.Periode = v);
        options.Add(CliOptions.WholeNumber("--publiee-depuis", "DAYS", "Only offers published at most this many days ago (1, 3, 7, 14, 31).", example: 7), (s, v) => s.PublieeDepuis = v);
        options.Add(CliOptions.Text("--since", "DATE", "Offers created on or after this date (2025-08-01 or an ISO 8601 time)."), (s, v) => s.Since = v);
        options.Add(CliOptions.Text("--until", "DATE", "Offers created on or before this date (a date alone means the end of that day)."), (s, v) => s.Until = v);
        options.Add(CliOptions.List("--rome", "CODES", "ROME job codes: M1805, ... (see `offres referentiel metiers`)."), (s, v) => s.Rome = v);
        options.Add(CliOptions.List("--naf", "CODES", "NAF codes, format 99.99X. Up to 2."), (s, v) => s.Naf = v);
        options.Add(CliOptions.List("--secteur", "CODES", "Business sectors (NAF divisions, 2 digits). Up to 2."), (s, v) => s.Secteurs = v);
        options.Add(CliOptions.Flag("--temps-plein", "Full-time offers only."), (s, v) => s.TempsPlein = v);
        options.Add(CliOptions.Flag("--temps-partiel", "Part-time offers only."), (s, v) => s.TempsPartiel = v);
        GlobalSettings.Define(options);
    }

    /// <remarks>Only what the options' shape decides is checked here; the rules of the criteria themselves (a distance
    /// needs a commune, a period needs an amount...) are the SDK's, worded with these option names by <see cref="Filters.SearchQueryBuilder"/>.</remarks>
    public override string? Validate()
    {
        if (TempsPlein && TempsPartiel)
        {
            return "--temps-plein and --temps-partiel cannot be used together.";
        }

        foreach (var (name, value) in new[] { ("--since", Since), ("--until", Until) })
        {
            if (value is not null && !DateArgument.TryParse(value, endOfDay: false, out _))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{name}: '{value}' is not a date (use 2025-08-01 or 2025-08-01T14:00:00Z).");
            }
        }

        return base.Validate();
    }
}
