using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>The search criteria of one tool call, places already resolved to codes; also what a cursor carries.</summary>
internal sealed record SearchFilters
{
    public IReadOnlyList<string>? Keywords { get; init; }

    public IReadOnlyList<string>? Commune { get; init; }

    public int? Distance { get; init; }

    public IReadOnlyList<string>? Departement { get; init; }

    public string? Region { get; init; }

    public IReadOnlyList<string>? Contract { get; init; }

    public IReadOnlyList<string>? Nature { get; init; }

    public string? Experience { get; init; }

    public string? Qualification { get; init; }

    public bool? FullTime { get; init; }

    public double? SalaryMin { get; init; }

    public string? SalaryPeriod { get; init; }

    public int? PublishedSince { get; init; }

    public IReadOnlyList<string>? Rome { get; init; }

    /// <summary>Gets a readable description of the place searched ("Annecy (74010) + 10 km"), for the results.</summary>
    public string? Where { get; init; }

    public OffresSearchRequest ToRequest() => new()
    {
        MotsCles = Keywords,
        Commune = Commune,
        Distance = Commune is null ? null : Distance,
        Departement = Departement,
        Region = Region is null ? default(RegionCode?) : new RegionCode(Region),
        TypeContrat = Contract?.Select(c => new TypeContrat(c)).ToList(),
        NatureContrat = Nature?.Select(n => new NatureContrat(n)).ToList(),
        Experience = Experience is null ? default(Experience?) : new Experience(Experience),
        Qualification = Qualification is null ? default(Qualification?) : new Qualification(Qualification),
        TempsPlein = FullTime,
        SalaireMin = SalaryMin,
        PeriodeSalaire = SalaryPeriod is null ? default(PeriodeSalaire?) : new PeriodeSalaire(SalaryPeriod),
        PublieeDepuis = PublishedSince,
        CodeRome = Rome,
    };
}
