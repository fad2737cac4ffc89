namespace OffresEmploi.Sdk.AI.Results;

/// <summary>The structured result of <c>search_offers</c>.</summary>
internal sealed record SearchOffersResult
{
    public required int Total { get; init; }

    public required int Offset { get; init; }

    public required IReadOnlyList<OfferCard> Offers { get; init; }

    public string? NextCursor { get; init; }

    public string? Where { get; init; }

    public string? Hint { get; init; }

    public string? Notice { get; init; }
}
