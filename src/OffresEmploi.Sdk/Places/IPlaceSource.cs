using System.Diagnostics.CodeAnalysis;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Places;

/// <summary>The places a <see cref="PlaceResolver"/> resolves against, and the lookups it scores them from.</summary>
/// <remarks>
/// The SDK's one source is <see cref="EmbeddedPlaces"/>; the tests compare it, lookup by lookup and resolution by
/// resolution, with plain lists and dictionaries built from every place.
/// </remarks>
internal interface IPlaceSource
{
    /// <summary>Gets every commune, arrondissements included, in INSEE code order.</summary>
    IReadOnlyList<Place> Communes { get; }

    /// <summary>Gets the départements.</summary>
    IReadOnlyList<Place> Departements { get; }

    /// <summary>Gets the régions.</summary>
    IReadOnlyList<Place> Regions { get; }

    /// <summary>Finds a commune by INSEE code (ordinal).</summary>
    bool TryGetCommune(string inseeCode, [NotNullWhen(true)] out Place? commune);

    /// <summary>Lists the places whose folded name is <paramref name="folded"/>: régions, then départements, then communes, each in list order.</summary>
    IEnumerable<Place> Named(string folded);

    /// <summary>Lists the places whose folded name starts with <paramref name="prefix"/>, by folded name (ordinal), then as <see cref="Named"/>.</summary>
    IEnumerable<Place> StartingWith(string prefix);

    /// <summary>Lists the communes that have the postal code <paramref name="postalCode"/>, in list order.</summary>
    IEnumerable<Place> WithPostalCode(string postalCode);

    /// <summary>Lists the communes that have a parent city (the municipal arrondissements), in list order.</summary>
    IEnumerable<Place> WithParent();
}
