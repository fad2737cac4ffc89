namespace OffresEmploi.Sdk.AI.Results;

/// <summary>One offer in a search result, reduced to what decides whether to open it.</summary>
internal sealed record OfferCard
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Employer { get; init; }

    public string? Place { get; init; }

    public string? Contract { get; init; }

    public string? Experience { get; init; }

    public string? Salary { get; init; }

    public string? Created { get; init; }

    public required string Url { get; init; }
}
