using System.Text.Json;

namespace OffresEmploi.Sdk.AI.Results;

/// <summary>The structured result of <c>get_offer</c>: the API's offer without its empty members.</summary>
internal sealed record GetOfferResult
{
    public required string Id { get; init; }

    public required string Url { get; init; }

    public string? Salary { get; init; }

    public required JsonElement Offer { get; init; }

    public string? Hint { get; init; }

    public string? Notice { get; init; }
}
