namespace OffresEmploi.Sdk.AI.Results;

/// <summary>The structured result of <c>summarize_market</c>.</summary>
internal sealed record MarketSummaryResult
{
    public required int Total { get; init; }

    public required IReadOnlyList<Facet> Facets { get; init; }

    public required int Sampled { get; init; }

    public required int WithSalary { get; init; }

    public IReadOnlyList<SalaryDistribution>? Salaries { get; init; }

    public string? Where { get; init; }

    public string? Hint { get; init; }

    public string? Notice { get; init; }
}
