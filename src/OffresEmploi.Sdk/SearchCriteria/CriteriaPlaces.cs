using System.Globalization;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>The place criteria of <see cref="OffresSearchCriteria"/> in the form the API accepts, with notes and a description.</summary>
/// <remarks>The resolver is only fetched when a place criterion is given: loading the place lists is the slowest part of a
/// first search, which a search by keywords alone skips.</remarks>
internal sealed class CriteriaPlaces(PlaceResolver? places, OffresSearchCriteriaOptions options, List<string> notes)
{
    private const int MaxCandidates = 10;

    private PlaceResolver? _places = places;

    private PlaceResolver Places => _places ??= PlaceResolver.Default;

    /// <summary>Resolves the place criteria; the texts are trimmed and not blank, and <paramref name="lieu"/> comes alone.</summary>
    public PlaceCodes Resolve(string? lieu, IReadOnlyList<string> communes, int? distance, IReadOnlyList<string> departements, string? region)
    {
        List<Place> foundCommunes = [], foundDepartements = [];
        Place? foundRegion = null;
        if (lieu is not null)
        {
            var place = Find(nameof(OffresSearchCriteria.Lieu), lieu, kind: null);
            if (place.Kind != PlaceKind.Commune && distance is not null)
            {
                throw CriteriaErrors.DistanceAroundOtherKind(lieu, place);
            }

            switch (place.Kind)
            {
                case PlaceKind.Commune: foundCommunes.Add(place); break;
                case PlaceKind.Departement: foundDepartements.Add(place); break;
                default: foundRegion = place; break;
            }
        }

        foundCommunes.AddRange(communes.Select(c => Find(nameof(OffresSearchCriteria.Commune), c, PlaceKind.Commune)));
        var area = foundCommunes.Count == 0 ? null : Places.ToSearchArea(foundCommunes, distance, options.DefaultDistanceKm);
        notes.AddRange(area?.Notes ?? []);
        foundDepartements.AddRange(departements.Select(d => Find(nameof(OffresSearchCriteria.Departement), d, PlaceKind.Departement)));
        foundRegion ??= region is null ? null : Find(nameof(OffresSearchCriteria.Region), region, PlaceKind.Region);

        var where = new List<string>();
        if (area is not null)
        {
            where.Add(DescribeArea(foundCommunes, area));
        }

        where.AddRange(foundDepartements.Select(d => $"{d.Libelle} ({d.Code})"));
        if (foundRegion is not null)
        {
            where.Add($"{foundRegion.Libelle} (région {foundRegion.Code})");
        }

        // The départements asked for come first; one an area needs (Paris alone is the département 75) joins them once.
        var departementCodes = foundDepartements.Select(d => d.Code).Concat(area?.Departement ?? []).Distinct(StringComparer.Ordinal).ToList();
        return new PlaceCodes(
            area?.Commune,
            area?.Commune is null ? null : area.Distance,
            departementCodes.Count == 0 ? null : departementCodes,
            foundRegion?.Code,
            where.Count == 0 ? null : string.Join(", ", where));
    }

    /// <summary>Finds the place <paramref name="text"/> names, of <paramref name="kind"/> (any kind when null).</summary>
    private Place Find(string criterion, string text, PlaceKind? kind)
    {
        // Codes first: "2a" is Corse-du-Sud, and "53" as a région is Bretagne where a search by text finds the département 53.
        if (kind == PlaceKind.Departement && Places.TryGetDepartement(text.ToUpperInvariant(), out var departement))
        {
            return departement;
        }

        if (kind == PlaceKind.Region && Places.TryGetRegion(text, out var region))
        {
            return region;
        }

        var resolution = Places.Resolve(text, MaxCandidates);
        var candidates = kind is null ? resolution.Candidates : resolution.Candidates.Where(c => c.Kind == kind).ToList();
        if (candidates.Count == 0)
        {
            throw kind is not null && resolution.Best is { } other
                ? CriteriaErrors.OtherKind(criterion, text, other)
                : CriteriaErrors.NoPlace(criterion, text);
        }

        var best = candidates[0];
        if (resolution.IsAmbiguous && candidates.Count > 1)
        {
            notes.Add(options.AmbiguousPlace == AmbiguousPlaceHandling.UseBest
                ? CriteriaErrors.AmbiguousNote(text, candidates)
                : throw CriteriaErrors.Ambiguous(criterion, text, candidates));
        }
        else if (!string.Equals(text, best.Code, StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"\"{text}\" read as {best}.");
        }

        return best;
    }

    /// <summary>"Annecy (74010) + 10 km"; "Lyon (69123) as 69382 + 6 km"; "Paris (75056) as departement 75".</summary>
    private static string DescribeArea(IReadOnlyList<Place> communes, PlaceSearchArea area)
    {
        var names = string.Join(", ", communes.Select(c => $"{c.Libelle} ({c.Code})"));
        if (area.Commune is not { } codes)
        {
            return $"{names} as departement {string.Join(",", area.Departement ?? [])}";
        }

        var radius = area.Distance is { } km ? string.Create(CultureInfo.InvariantCulture, $" + {km} km") : "";
        return codes.SequenceEqual(communes.Select(c => c.Code)) ? names + radius : $"{names} as {string.Join(",", codes)}{radius}";
    }
}

