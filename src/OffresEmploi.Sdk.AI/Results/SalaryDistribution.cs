namespace OffresEmploi.Sdk.AI.Results;

/// <summary>Quantiles of the salaries read from a sample of offers, in gross euros per month.</summary>
internal sealed record SalaryDistribution
{
    /// <summary>Gets "all", or the contract type the quantiles are restricted to.</summary>
    public required string Scope { get; init; }

    public required int Count { get; init; }

    public required double Min { get; init; }

    public required double P25 { get; init; }

    public required double Median { get; init; }

    public required double P75 { get; init; }

    public required double Max { get; init; }
}
