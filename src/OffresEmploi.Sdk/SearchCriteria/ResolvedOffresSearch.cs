namespace OffresEmploi.Sdk.Models;

/// <summary>What <see cref="OffresSearchCriteria.Resolve"/> made of the criteria: the request to send and how places were read.</summary>
public sealed record ResolvedOffresSearch
{
    /// <summary>Gets the request to send, without <c>range</c> or <c>sort</c> (set them with <c>with</c>).</summary>
    public required OffresSearchRequest Request { get; init; }

    /// <summary>
    /// Gets sentences for the user: how a name was read ("\"74000\" read as Annecy (74), commune 74010."), which commune of an
    /// ambiguous name was used, what replaced a city-wide code. Empty when nothing needs saying.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// Gets the place searched in a few words ("Annecy (74010) + 10 km", "Lyon (69123) as 69382 + 6 km",
    /// "Haute-Savoie (74)", "Bretagne (région 53)"), or null when no place criterion was given.
    /// </summary>
    public string? Where { get; init; }
}
