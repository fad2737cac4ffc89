using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OffresEmploi.Cli.Settings;

/// <summary>The search filters shared by <c>search</c>, <c>facets</c>, <c>salaries</c> and <c>harvest</c>.</summary>
/// <remarks>List options take comma-separated values and may be repeated. Place options take names
/// ("Annecy", "Haute-Savoie", "Bretagne"), postal codes or INSEE codes, resolved offline.</remarks>
internal class FilterSettings : GlobalSettings
{
    [CommandArgument(0, "[KEYWORDS]")]
    [Description("Keywords, combined with AND (quote an expression: \"développeur web\").")]
    public string[] Keywords { get; set; } = [];

    [CommandOption("--commune|--near <PLACE>")]
    [Description("Commune (alias --near): name (\"Annecy\", \"Lyon 3e\"), postal code or INSEE code. Up to 5.")]
    public string[] Communes { get; set; } = [];

    [CommandOption("--distance <KM>")]
    [Description("Radius in km around --commune (0 = the commune alone; the default for an arrondissement such as \"Paris 11e\").")]
    public int? Distance { get; set; }

    [CommandOption("--departement <DEP>")]
    [Description("Département: name (\"Haute-Savoie\") or code (74, 2A, 971). Up to 5.")]
    public string[] Departements { get; set; } = [];

    [CommandOption("--limitrophes")]
    [Description("Also search the départements bordering --departement.")]
    public bool Limitrophes { get; set; }

    [CommandOption("--region <REGION>")]
    [Description("Région: name (\"Bretagne\") or code (53).")]
    public string? Region { get; set; }

    [CommandOption("--type-contrat <CODES>")]
    [Description("Contract types: CDI, CDD, MIS, SAI, ... (see `offres referentiel typesContrats`).")]
    public string[] TypesContrat { get; set; } = [];

    [CommandOption("--nature-contrat <CODES>")]
    [Description("Contract natures: E1, E2, FS, ... (see `offres referentiel naturesContrats`).")]
    public string[] NaturesContrat { get; set; } = [];

    [CommandOption("--experience <CODE>")]
    [Description("Experience: 1 (< 1 year), 2 (1 to 3 years), 3 (> 3 years).")]
    public string? Experience { get; set; }

    [CommandOption("--qualification <CODE>")]
    [Description("Qualification: 0 or non-cadre, 9 or cadre.")]
    public string? Qualification { get; set; }

    [CommandOption("--salaire-min <EUROS>")]
    [Description("Minimum salary in euros per --periode.")]
    public double? SalaireMin { get; set; }

    [CommandOption("--periode <PERIOD>")]
    [Description("Period of --salaire-min: A (yearly, default), M (monthly), H (hourly), C (per performance).")]
    public string? Periode { get; set; }

    [CommandOption("--publiee-depuis <DAYS>")]
    [Description("Only offers published at most this many days ago (1, 3, 7, 14, 31).")]
    public int? PublieeDepuis { get; set; }

    [CommandOption("--since <DATE>")]
    [Description("Offers created on or after this date (2025-08-01 or an ISO 8601 time).")]
    public string? Since { get; set; }

    [CommandOption("--until <DATE>")]
    [Description("Offers created on or before this date (a date alone means the end of that day).")]
    public string? Until { get; set; }

    [CommandOption("--rome <CODES>")]
    [Description("ROME job codes: M1805, ... (see `offres referentiel metiers`).")]
    public string[] Rome { get; set; } = [];

    [CommandOption("--naf <CODES>")]
    [Description("NAF codes, format 99.99X. Up to 2.")]
    public string[] Naf { get; set; } = [];

    [CommandOption("--secteur <CODES>")]
    [Description("Business sectors (NAF divisions, 2 digits). Up to 2.")]
    public string[] Secteurs { get; set; } = [];

    [CommandOption("--temps-plein")]
    [Description("Full-time offers only.")]
    public bool TempsPlein { get; set; }

    [CommandOption("--temps-partiel")]
    [Description("Part-time offers only.")]
    public bool TempsPartiel { get; set; }

    /// <remarks>Only what the options' shape decides is checked here; the rules of the criteria themselves (a distance
    /// needs a commune, a period needs an amount...) are the SDK's, worded with these option names by <see cref="Filters.SearchQueryBuilder"/>.</remarks>
    public override ValidationResult Validate()
    {
        if (TempsPlein && TempsPartiel)
        {
            return ValidationResult.Error("--temps-plein and --temps-partiel cannot be used together.");
        }

        foreach (var (name, value) in new[] { ("--since", Since), ("--until", Until) })
        {
            if (value is not null && !DateArgument.TryParse(value, endOfDay: false, out _))
            {
                return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"{name}: '{value}' is not a date (use 2025-08-01 or 2025-08-01T14:00:00Z)."));
            }
        }

        return base.Validate();
    }
}
