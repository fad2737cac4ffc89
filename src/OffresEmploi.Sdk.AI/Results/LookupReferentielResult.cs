namespace OffresEmploi.Sdk.AI.Results;

/// <summary>The structured result of <c>lookup_referentiel</c>.</summary>
internal sealed record LookupReferentielResult
{
    public required string Referentiel { get; init; }

    public required int Size { get; init; }

    public required int Matched { get; init; }

    public required IReadOnlyList<ReferentielItem> Items { get; init; }

    public string? Hint { get; init; }

    public string? Notice { get; init; }
}
