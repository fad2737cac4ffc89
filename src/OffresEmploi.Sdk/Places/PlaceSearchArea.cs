namespace OffresEmploi.Sdk.Models;

/// <summary>
/// The search parameters that select places, in the form the API accepts: <c>commune</c> with <c>distance</c>,
/// or <c>departement</c>. Made by <see cref="PlaceResolver.ToSearchArea"/>.
/// </summary>
/// <remarks>
/// The place's own code is not always its search form: the API refuses the city-wide codes of Paris, Lyon and
/// Marseille (75056, 69123, 13055), so those cities are searched around an arrondissement. <see cref="Notes"/>
/// says what was substituted and why, for the user.
/// </remarks>
public sealed record PlaceSearchArea
{
    /// <summary>Gets the INSEE codes to send as <c>commune</c> (at most as many as the communes given); null when the area is a département.</summary>
    public IReadOnlyList<string>? Commune { get; init; }

    /// <summary>Gets the radius in km to send as <c>distance</c> (0 = the communes alone); null to send none.</summary>
    public int? Distance { get; init; }

    /// <summary>Gets the département codes to send as <c>departement</c> instead of communes; null otherwise.</summary>
    public IReadOnlyList<string>? Departement { get; init; }

    /// <summary>Gets sentences saying how the places were turned into this area, when it is not simply their codes; empty otherwise.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
