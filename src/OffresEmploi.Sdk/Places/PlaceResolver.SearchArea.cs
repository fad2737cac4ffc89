using System.Globalization;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Sdk;

/// <summary>The search form of places: what to send as <c>commune</c>, <c>distance</c> or <c>departement</c>.</summary>
public sealed partial class PlaceResolver
{
    /// <summary>
    /// Turns communes (arrondissements included) into the <c>commune</c>, <c>distance</c> and <c>departement</c>
    /// values the API accepts. Every facade (CLI <c>--near</c>, AI tools' <c>location</c>) goes through here.
    /// </summary>
    /// <param name="communes">The communes to search, 1 or more, each of kind <see cref="PlaceKind.Commune"/>.</param>
    /// <param name="distanceKm">The radius the user asked for, in km; null when they gave none.</param>
    /// <param name="defaultDistanceKm">The radius when the user gave none (null sends none, leaving the API's default).</param>
    /// <returns>The area to search, with notes saying what was substituted.</returns>
    /// <remarks>
    /// <list type="bullet">
    /// <item>An arrondissement ("Paris 11e", 75111) is searched alone (distance 0) unless a distance is given: any
    /// distance around an arrondissement reaches the whole city, according to the API's documentation as reported by a
    /// third party. When several communes are given, this applies only if all are arrondissements.</item>
    /// <item>Paris, Lyon or Marseille as a whole (75056, 69123, 13055), which the API refuses, becomes its central
    /// arrondissement with a distance covering the city (Paris 75101 + 8 km, Lyon 69382 + 6 km, Marseille 13201 + 11 km),
    /// or more if asked. Paris with distance 0 becomes the département 75, which is exactly the city. Lyon and Marseille
    /// cannot be searched alone in one request (more than 5 arrondissements): with distance 0 they keep the covering
    /// distance, and a note says nearby communes are included.</item>
    /// </list>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="communes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="communes"/> is empty or holds a place that is not a commune.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A distance is negative.</exception>
    public PlaceSearchArea ToSearchArea(IReadOnlyList<Place> communes, int? distanceKm = null, int? defaultDistanceKm = null)
    {
        ArgumentNullException.ThrowIfNull(communes);
        if (communes.Count == 0 || communes.Any(c => c is null || c.Kind != PlaceKind.Commune))
        {
            throw new ArgumentException("Give one or more places of kind Commune (arrondissements included).", nameof(communes));
        }

        if (distanceKm < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(distanceKm), distanceKm, "The distance must be zero or more kilometres.");
        }

        if (defaultDistanceKm < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(defaultDistanceKm), defaultDistanceKm, "The distance must be zero or more kilometres.");
        }

        var notes = new List<string>();
        var places = communes.DistinctBy(c => c.Code).ToList();
        var distance = distanceKm;
        if (distance is null && places.All(c => c.CodeCommuneParente is not null))
        {
            distance = 0;
            notes.Add($"{Names(places)}: an arrondissement, searched alone (distance 0); give a distance to search around it, which reaches the whole city.");
        }

        distance ??= defaultDistanceKm;
        var cities = places.Select(c => SplitCity.Find(c.Code)).OfType<SplitCity>().ToList();
        if (cities.Count == 0)
        {
            return new PlaceSearchArea { Commune = places.Select(c => c.Code).ToList(), Distance = distance, Notes = notes };
        }

        if (places.Count == 1 && distance == 0 && cities[0].Departement is { } departement)
        {
            notes.Add($"{cities[0].Name} ({cities[0].Code}) alone is searched as the département {departement}, which is exactly the city: the API refuses the city-wide code as commune.");
            return new PlaceSearchArea { Departement = [departement], Notes = notes };
        }

        var covering = Math.Max(distance ?? 0, cities.Max(c => c.RadiusKm));
        foreach (var city in cities)
        {
            var centre = _places.TryGetCommune(city.Centre, out var found) ? found : throw new KeyNotFoundException($"The centre {city.Centre} of {city.Name} is not in the commune list.");
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{city.Name} ({city.Code}) is searched as {centre.Libelle} ({centre.Code}) + {covering} km, which covers the whole city: the API refuses the city-wide code as commune."));
            if (distance == 0)
            {
                notes.Add($"{city.Name} alone cannot be searched in one request (it has more arrondissements than the 5 communes a search takes): nearby communes are included.");
            }
        }

        if (covering != distance && places.Count > cities.Count)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The distance of {covering} km applies to every commune of the search."));
        }

        var codes = places.Select(c => SplitCity.Find(c.Code)?.Centre ?? c.Code).Distinct(StringComparer.Ordinal).ToList();
        return new PlaceSearchArea { Commune = codes, Distance = covering, Notes = notes };
    }

    private static string Names(List<Place> places) => string.Join(", ", places.Select(p => $"{p.Libelle} ({p.Code})"));
}
