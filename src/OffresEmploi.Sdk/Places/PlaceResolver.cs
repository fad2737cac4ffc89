using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Sdk;

/// <summary>
/// Resolves French place names, postal codes and codes to the codes the API expects
/// (<c>commune</c>, <c>departement</c>, <c>region</c>), offline, from the official lists embedded in the SDK.
/// </summary>
/// <remarks>
/// Matching ignores case, accents, hyphens and apostrophes, and reads "St"/"Ste" as "Saint"/"Sainte".
/// It accepts a commune name ("Annecy", "Annecy (74)"), a municipal arrondissement ("Paris 15e",
/// "Lyon 3"), a postal code ("74000"), an INSEE code ("74010"), a département name or code, or a région name.
/// </remarks>
public sealed partial class PlaceResolver
{
    private static readonly Lazy<PlaceResolver> s_default = new(() => new PlaceResolver(EmbeddedPlaces.Load()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IPlaceSource _places;
    private readonly Dictionary<string, Place> _departementsByCode;
    private readonly Dictionary<string, Place> _regionsByCode;
    private readonly Lazy<Dictionary<(string City, int Number), Place>> _arrondissements;

    internal PlaceResolver(IPlaceSource places)
    {
        _places = places;
        _departementsByCode = places.Departements.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        _regionsByCode = places.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);

        // Only a query like "Lyon 3" needs them: finding them reads every commune line.
        _arrondissements = new(ArrondissementsByNumber, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the shared resolver; the embedded lists are loaded once, on first use.</summary>
    /// <remarks>Loading takes a few milliseconds: a commune's <see cref="Place"/> is built when a lookup first reaches it.</remarks>
    public static PlaceResolver Default => s_default.Value;

    /// <summary>Gets every commune, including the municipal arrondissements of Paris, Lyon and Marseille.</summary>
    public IReadOnlyList<Place> Communes => _places.Communes;

    /// <summary>Gets the 101 départements.</summary>
    public IReadOnlyList<Place> Departements => _places.Departements;

    /// <summary>Gets the 18 régions.</summary>
    public IReadOnlyList<Place> Regions => _places.Regions;

    /// <summary>Finds a commune by INSEE code.</summary>
    /// <param name="inseeCode">The INSEE code (<c>74010</c>).</param>
    /// <param name="commune">The commune, when found.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryGetCommune(string inseeCode, [NotNullWhen(true)] out Place? commune) =>
        _places.TryGetCommune(inseeCode, out commune);

    /// <summary>Finds a département by code.</summary>
    /// <param name="code">The département code (<c>74</c>, <c>2A</c>, <c>971</c>).</param>
    /// <param name="departement">The département, when found.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryGetDepartement(string code, [NotNullWhen(true)] out Place? departement) =>
        _departementsByCode.TryGetValue(code, out departement);

    /// <summary>Finds a région by code.</summary>
    /// <param name="code">The région code (<c>84</c>).</param>
    /// <param name="region">The région, when found.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryGetRegion(string code, [NotNullWhen(true)] out Place? region) =>
        _regionsByCode.TryGetValue(code, out region);

    /// <summary>Resolves free text to places, best first.</summary>
    /// <param name="text">A place name, postal code or code.</param>
    /// <param name="maxCandidates">The maximum number of candidates returned (1 to 50).</param>
    /// <returns>The candidates, best first, and whether the text is ambiguous.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCandidates"/> is outside 1 to 50.</exception>
    public PlaceResolution Resolve(string text, int maxCandidates = 5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCandidates, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxCandidates, 50);

        var query = text.Trim();
        string? departementFilter = null;
        var qualified = QualifiedName().Match(query);
        if (qualified.Success)
        {
            query = qualified.Groups["name"].Value;
            departementFilter = qualified.Groups["dep"].Value.ToUpperInvariant();
        }

        var scored = Score(query).ToList();
        if (departementFilter is not null)
        {
            scored.RemoveAll(s => !string.Equals(s.Place.CodeDepartement, departementFilter, StringComparison.OrdinalIgnoreCase));
        }

        var ordered = scored
            .GroupBy(s => (s.Place.Kind, s.Place.Code))
            .Select(g => g.MaxBy(s => s.Score))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Place.Libelle, StringComparer.Ordinal)
            .Take(maxCandidates)
            .ToList();
        return new PlaceResolution
        {
            Query = text,
            Candidates = ordered.Select(s => s.Place).ToList(),
            IsAmbiguous = IsAmbiguous(ordered),
        };
    }

    private IEnumerable<(Place Place, double Score, bool Exact)> Score(string query)
    {
        if (query.Length == 5 && query.All(char.IsAsciiDigit) || CorsicanInsee().IsMatch(query))
        {
            var byPostalCode = _places.WithPostalCode(query).ToList();
            foreach (var commune in byPostalCode)
            {
                // A city lists its arrondissements' postal codes too: "75011" means Paris 11e, not all of Paris.
                if (!byPostalCode.Any(a => a.CodeCommuneParente == commune.Code))
                {
                    yield return (commune, 100 + PopulationWeight(commune), true);
                }
            }

            if (_places.TryGetCommune(query.ToUpperInvariant(), out var byInsee))
            {
                yield return (byInsee, 100 + PopulationWeight(byInsee), true);
            }

            yield break;
        }

        if (_departementsByCode.TryGetValue(query, out var departement))
        {
            yield return (departement, 100, true);
            yield break;
        }

        var folded = PlaceText.Fold(query);
        if (folded.Length == 0)
        {
            yield break;
        }

        var arrondissement = ArrondissementQuery().Match(folded);
        if (arrondissement.Success
            && _arrondissements.Value.TryGetValue((arrondissement.Groups["city"].Value, int.Parse(arrondissement.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)), out var arr))
        {
            yield return (arr, 100, true);
            yield break;
        }

        var exact = false;
        foreach (var place in _places.Named(folded))
        {
            exact = true;
            yield return (place, ExactScore(place), true);
        }

        if (exact)
        {
            yield break;
        }

        // No exact name: names starting with the text, larger places first.
        foreach (var place in _places.StartingWith(folded).Take(200))
        {
            yield return (place, ExactScore(place) - 50, false);
        }
    }

    // The arrondissements by city and number, from their official names ("Paris 15e Arrondissement").
    private Dictionary<(string City, int Number), Place> ArrondissementsByNumber()
    {
        var arrondissements = new Dictionary<(string City, int Number), Place>();
        foreach (var commune in _places.WithParent())
        {
            var match = ArrondissementName().Match(PlaceText.Fold(commune.Libelle));
            if (match.Success)
            {
                arrondissements[(match.Groups["city"].Value, int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))] = commune;
            }
        }

        return arrondissements;
    }

    // Régions before départements before small communes of the same name; a large city outranks
    // its namesake département ("Paris" the commune, searchable with a radius, before département 75).
    private static double ExactScore(Place place) => place.Kind switch
    {
        PlaceKind.Region => 90,
        PlaceKind.Departement => 80,
        _ => 70 + PopulationWeight(place),
    };

    private static double PopulationWeight(Place place) => 2 * Math.Log10((place.Population ?? 0) + 1);

    private static bool IsAmbiguous(List<(Place Place, double Score, bool Exact)> ordered)
    {
        if (ordered.Count < 2)
        {
            return false;
        }

        var (first, second) = (ordered[0], ordered[1]);
        if (!first.Exact)
        {
            // Only a prefix matched: ambiguous unless the first is far larger than the next.
            return second.Score > first.Score - 2;
        }

        // Two communes of the same name, the second at least a tenth the size of the first.
        return second.Exact
            && first.Place.Kind == PlaceKind.Commune
            && second.Place.Kind == PlaceKind.Commune
            && second.Place.CodeCommuneParente != first.Place.Code
            && first.Place.CodeCommuneParente != second.Place.Code
            && second.Score >= first.Score - 2;
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<dep>\d{2,3}|2[AaBb])\)$")]
    private static partial Regex QualifiedName();

    [GeneratedRegex("^2[AaBb]\\d{3}$")]
    private static partial Regex CorsicanInsee();

    [GeneratedRegex(@"^(?<city>paris|lyon|marseille) (?<n>\d{1,2})(?:er|e)? arrondissement$")]
    private static partial Regex ArrondissementName();

    [GeneratedRegex(@"^(?<city>paris|lyon|marseille) (?<n>\d{1,2}) ?(?:er|e|eme|ieme)?(?: arrondissement)?$")]
    private static partial Regex ArrondissementQuery();
}
