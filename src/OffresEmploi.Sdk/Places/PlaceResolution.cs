namespace OffresEmploi.Sdk.Models;

/// <summary>The outcome of <see cref="PlaceResolver.Resolve(string, int)"/>: candidates, best first.</summary>
public sealed record PlaceResolution
{
    /// <summary>Gets the text that was resolved.</summary>
    public required string Query { get; init; }

    /// <summary>Gets the candidates, best first; empty when nothing matched.</summary>
    public required IReadOnlyList<Place> Candidates { get; init; }

    /// <summary>Gets the best candidate, or null when nothing matched.</summary>
    public Place? Best => Candidates.Count > 0 ? Candidates[0] : null;

    /// <summary>
    /// Gets whether several candidates are plausible (for example two communes of the same name
    /// in different départements, neither much larger than the other): ask which one is meant.
    /// </summary>
    public required bool IsAmbiguous { get; init; }
}
