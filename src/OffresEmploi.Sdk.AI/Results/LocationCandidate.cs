namespace OffresEmploi.Sdk.AI.Results;

/// <summary>One place a location text may mean.</summary>
internal sealed record LocationCandidate
{
    public required string Kind { get; init; }

    public required string Code { get; init; }

    public required string Libelle { get; init; }

    public string? Departement { get; init; }

    public string? Region { get; init; }

    public IReadOnlyList<string>? CodesPostaux { get; init; }

    public int? Population { get; init; }

    public required LocationSearchArguments Search { get; init; }
}
