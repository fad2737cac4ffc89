namespace OffresEmploi.Sdk.AI.Results;

/// <summary>The <c>search_offers</c> arguments that select a resolved place.</summary>
internal sealed record LocationSearchArguments
{
    public string? Commune { get; init; }

    public string? Departement { get; init; }

    public string? Region { get; init; }
}
