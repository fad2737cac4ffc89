namespace OffresEmploi.Sdk.AI.Results;

/// <summary>The structured result of <c>resolve_location</c>.</summary>
internal sealed record ResolveLocationResult
{
    public required string Query { get; init; }

    public required bool Ambiguous { get; init; }

    public required IReadOnlyList<LocationCandidate> Candidates { get; init; }

    public string? Hint { get; init; }

    public string? Notice { get; init; }
}
