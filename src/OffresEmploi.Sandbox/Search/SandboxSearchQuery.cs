namespace OffresEmploi.Sandbox.Search;

/// <summary>Search criteria, already parsed and validated by the HTTP layer. Null or empty means "filter not set".</summary>
/// <remarks>How the sandbox applies each criterion: docs/sandbox-engine.md.</remarks>
public sealed record SandboxSearchQuery
{
    /// <summary>Gets the keywords (AND); each may contain spaces.</summary>
    public IReadOnlyList<string> MotsCles { get; init; } = [];

    /// <summary>Gets the contract type codes (OR).</summary>
    public IReadOnlyList<string> TypeContrat { get; init; } = [];

    /// <summary>Gets the contract nature codes (OR; union with <see cref="TypeContrat"/>).</summary>
    public IReadOnlyList<string> NatureContrat { get; init; } = [];

    /// <summary>Gets the experience band: 0 not stated, 1 under a year, 2 one to three years, 3 more (4: débutant accepté).</summary>
    public string? Experience { get; init; }

    /// <summary>Gets the experience requirement (D, S, E).</summary>
    public string? ExperienceExigence { get; init; }

    /// <summary>Gets the qualification: 0 non-cadre, 9 cadre.</summary>
    public string? Qualification { get; init; }

    /// <summary>Gets the origin code (1 France Travail, 2 partner).</summary>
    public string? OrigineOffre { get; init; }

    /// <summary>Gets the ROME codes (OR).</summary>
    public IReadOnlyList<string> CodeRome { get; init; } = [];

    /// <summary>Gets the appellation code.</summary>
    public string? Appellation { get; init; }

    /// <summary>Gets the theme code.</summary>
    public string? Theme { get; init; }

    /// <summary>Gets the domaine code.</summary>
    public string? Domaine { get; init; }

    /// <summary>Gets the grand domaine code.</summary>
    public string? GrandDomaine { get; init; }

    /// <summary>Gets the activity sector codes (NAF division, 2 digits; OR).</summary>
    public IReadOnlyList<string> SecteurActivite { get; init; } = [];

    /// <summary>Gets the NAF codes (OR).</summary>
    public IReadOnlyList<string> CodeNaf { get; init; } = [];

    /// <summary>Gets the INSEE commune codes (OR).</summary>
    public IReadOnlyList<string> Commune { get; init; } = [];

    /// <summary>Gets the radius in km around <see cref="Commune"/> (default 10; 0 = the commune only); offers up to 30 % further also match.</summary>
    public int? Distance { get; init; }

    /// <summary>Gets the département codes (OR).</summary>
    public IReadOnlyList<string> Departement { get; init; } = [];

    /// <summary>Gets a value indicating whether bordering départements are included.</summary>
    public bool InclureLimitrophes { get; init; }

    /// <summary>Gets the région code.</summary>
    public string? Region { get; init; }

    /// <summary>Gets the country or continent code.</summary>
    public string? PaysContinent { get; init; }

    /// <summary>Gets the inclusive lower bound of the creation date.</summary>
    public DateTimeOffset? MinCreationDate { get; init; }

    /// <summary>Gets the inclusive upper bound of the creation date.</summary>
    public DateTimeOffset? MaxCreationDate { get; init; }

    /// <summary>Gets the maximum age in days of the offers.</summary>
    public int? PublieeDepuis { get; init; }

    /// <summary>Gets the minimum salary, in the period <see cref="PeriodeSalaire"/>.</summary>
    public decimal? SalaireMin { get; init; }

    /// <summary>Gets the salary period (M, A, H, C).</summary>
    public string? PeriodeSalaire { get; init; }

    /// <summary>Gets the education level code (NV1..NV5, CFG, CP4).</summary>
    public string? NiveauFormation { get; init; }

    /// <summary>Gets the driving licence code.</summary>
    public string? Permis { get; init; }

    /// <summary>Gets the full-time filter.</summary>
    public bool? TempsPlein { get; init; }

    /// <summary>Gets the working-time kind: 0 not stated, 1 temps plein, 2 temps partiel.</summary>
    public string? DureeHebdo { get; init; }

    /// <summary>Gets the minimum weekly hours, HHMM as an integer (e.g. 2430).</summary>
    public int? DureeHebdoMin { get; init; }

    /// <summary>Gets the maximum weekly hours, HHMM as an integer.</summary>
    public int? DureeHebdoMax { get; init; }

    /// <summary>Gets the minimum contract length in months.</summary>
    public double? DureeContratMin { get; init; }

    /// <summary>Gets the maximum contract length in months.</summary>
    public double? DureeContratMax { get; init; }

    /// <summary>Gets the "accessible to disabled workers" filter (true: only those offers; false: only the others).</summary>
    public bool? AccesTravailleurHandicape { get; init; }

    /// <summary>Gets the "simulation-based recruitment (MRS)" filter.</summary>
    public bool? OffresMrs { get; init; }

    /// <summary>Gets the "trade lacking candidates" filter.</summary>
    public bool? OffresManqueCandidats { get; init; }

    /// <summary>Gets the "entreprise adaptée" filter.</summary>
    public bool? EntreprisesAdaptees { get; init; }

    /// <summary>Gets the "employeur handi-engagé" filter.</summary>
    public bool? EmployeursHandiEngages { get; init; }

    /// <summary>Gets the partner codes used with <see cref="ModeSelectionPartenaires"/>.</summary>
    public IReadOnlyList<string> Partenaires { get; init; } = [];

    /// <summary>Gets the partner selection mode: INCLUS (the default) or EXCLU.</summary>
    public string? ModeSelectionPartenaires { get; init; }

    /// <summary>Gets the sort order: 0 relevance then date, 1 date (newest first), 2 distance then date.</summary>
    public int Sort { get; init; }
}
