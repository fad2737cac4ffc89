using System.Globalization;
using System.Text.Json.Nodes;
using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Places;
using static OffresEmploi.Sdk.AI.Schema.JsonSchemaBuilder;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>The search criteria shared by <c>search_offers</c> and <c>summarize_market</c>: their schema and their reading.</summary>
internal static class SearchFilterArguments
{
    public const int DefaultRadiusKm = 10;

    private static readonly string[] Experiences = ["1", "2", "3"];
    private static readonly string[] Qualifications = ["0", "9"];
    private static readonly string[] SalaryPeriods = ["M", "A", "H"];
    private static readonly int[] PublishedSinceValues = [1, 3, 7, 14, 31];

    public static IReadOnlyList<string> Contracts { get; } = TypeContrat.KnownValues.Select(t => t.Value).Where(v => v != "DDT").ToArray();

    /// <summary>The schema properties; the market summary takes the <paramref name="full"/>=false subset (place by name only).</summary>
    public static IEnumerable<(string Name, JsonObject Schema)> Properties(bool full = true)
    {
        yield return ("keywords", String("Keywords, comma-separated, all must match (max 7): 'boulanger', 'developpeur,java'."));
        yield return ("location", String("Commune ('Annecy', 'Paris 15e', '74000'), departement ('Haute-Savoie', '74') or region ('Bretagne'), resolved offline."));
        yield return ("radius_km", Integer($"Km around a commune (0 = only it). Default {DefaultRadiusKm}.", 0, 200));
        if (full)
        {
            yield return ("commune", StringArray("INSEE commune codes (max 5), instead of location.", 5));
            yield return ("departement", StringArray("Departement codes (max 5), instead of location.", 5));
            yield return ("region", String("Region code, instead of location."));
        }

        yield return ("contract", StringArray("Contract types (MIS interim, SAI seasonal, LIB freelance).", 10, Contracts));
        if (full)
        {
            yield return ("nature", StringArray("naturesContrats codes, OR-combined with contract; E2,FS = apprenticeship.", 10));
        }

        yield return ("experience", Enum("1 under 1 year, 2 1-3 years, 3 over 3 years.", Experiences));
        yield return ("qualification", Enum("0 non-cadre, 9 cadre.", Qualifications));
        if (full)
        {
            yield return ("full_time", Boolean("true full time, false part time."));
            yield return ("salary_min", Number("Min gross salary in euros, with salary_period.", 0));
            yield return ("salary_period", Enum("M month, A year, H hour.", SalaryPeriods));
        }

        yield return ("published_since", IntegerChoice("Published in the last N days.", PublishedSinceValues));
        yield return ("rome", StringArray("ROME job codes (referentiel metiers), e.g. M1805.", 20));
    }

    public static IEnumerable<string> Names(bool full = true) => Properties(full).Select(p => p.Name);

    /// <summary>Reads the criteria; <paramref name="places"/> is only asked for when a place argument is given.</summary>
    /// <remarks>The place list loads on first use (about 2 ms of a Native AOT process): a search by keywords alone does not pay for it.</remarks>
    public static SearchFilters Read(ToolArguments arguments, Func<PlaceResolver> places)
    {
        var keywords = arguments.List("keywords", maxItems: 7);
        foreach (var keyword in keywords ?? [])
        {
            if (keyword.Length < 2)
            {
                throw new ToolArgumentException($"Invalid argument 'keywords': each keyword needs at least 2 characters (got \"{keyword}\").");
            }
        }

        var salaryMin = arguments.Number("salary_min", 0, 1_000_000);
        var salaryPeriod = arguments.Choice("salary_period", SalaryPeriods);
        if ((salaryMin is null) != (salaryPeriod is null))
        {
            throw new ToolArgumentException("Arguments 'salary_min' and 'salary_period' go together: give both (e.g. salary_min=2000, salary_period=\"M\") or neither.");
        }

        var publishedSince = arguments.Integer("published_since", 1, 31);
        if (publishedSince is { } days && !PublishedSinceValues.Contains(days))
        {
            throw new ToolArgumentException($"Invalid argument 'published_since': expected one of 1, 3, 7, 14, 31 (got {days}).");
        }

        var filters = new SearchFilters
        {
            Keywords = keywords,
            Contract = arguments.ChoiceList("contract", Contracts, maxItems: 10),
            Nature = arguments.List("nature", maxItems: 10, maxItemLength: 4),
            Experience = arguments.Choice("experience", Experiences),
            Qualification = arguments.Choice("qualification", Qualifications),
            FullTime = arguments.Boolean("full_time"),
            SalaryMin = salaryMin,
            SalaryPeriod = salaryPeriod,
            PublishedSince = publishedSince,
            Rome = arguments.List("rome", maxItems: 20, maxItemLength: 5),
        };
        return ReadPlace(arguments, places, filters);
    }

    private static SearchFilters ReadPlace(ToolArguments arguments, Func<PlaceResolver> places, SearchFilters filters)
    {
        var location = arguments.String("location", 100);
        var communes = arguments.List("commune", maxItems: 5, maxItemLength: 5);
        var departements = arguments.List("departement", maxItems: 5, maxItemLength: 3);
        var region = arguments.String("region", 3);
        var radius = arguments.Integer("radius_km", 0, 200);
        if (location is not null && (communes ?? departements ?? (object?)region) is not null)
        {
            throw new ToolArgumentException("Give either 'location' (a name) or the codes 'commune', 'departement', 'region', not both.");
        }

        if (location is not null)
        {
            return FromLocation(location, radius, places(), filters);
        }

        if (radius is not null && communes is null)
        {
            throw new ToolArgumentException("Argument 'radius_km' applies around a commune: also give 'location' naming a commune, or 'commune' codes.");
        }

        var where = new List<string>();
        var resolved = new List<Place>();
        foreach (var code in communes ?? [])
        {
            resolved.Add(places().TryGetCommune(code, out var commune)
                ? commune
                : throw new ToolArgumentException($"Invalid argument 'commune': \"{code}\" is not an INSEE commune code. Use resolve_location to find it."));
        }

        var area = resolved.Count == 0 ? null : places().ToSearchArea(resolved, radius, DefaultRadiusKm);
        if (area is not null)
        {
            where.Add(DescribeArea(resolved, area));
        }

        foreach (var code in departements ?? [])
        {
            where.Add(places().TryGetDepartement(code, out var departement)
                ? $"{departement.Libelle} ({departement.Code})"
                : throw new ToolArgumentException($"Invalid argument 'departement': \"{code}\" is not a département code. Use resolve_location to find it."));
        }

        if (region is not null)
        {
            where.Add(places().TryGetRegion(region, out var found)
                ? $"{found.Libelle} (région {found.Code})"
                : throw new ToolArgumentException($"Invalid argument 'region': \"{region}\" is not a région code. Use resolve_location to find it."));
        }

        var codes = departements?.Select(d => places().TryGetDepartement(d, out var p) ? p.Code : d);
        if (area?.Departement is { } areaDepartements)
        {
            codes = (codes ?? []).Concat(areaDepartements).Distinct(StringComparer.Ordinal);
        }

        return filters with
        {
            Commune = area?.Commune,
            Distance = area?.Distance,
            Departement = codes?.ToList(),
            Region = region,
            Where = where.Count == 0 ? null : string.Join(", ", where),
        };
    }

    private static SearchFilters FromLocation(string location, int? radius, PlaceResolver places, SearchFilters filters)
    {
        var resolution = places.Resolve(location, maxCandidates: 4);
        var best = resolution.Best
            ?? throw new ToolArgumentException($"Invalid argument 'location': no French commune, département or région matches \"{location}\". Check the spelling, or give a postal code or département code.");
        if (resolution.IsAmbiguous)
        {
            var options = string.Join("; ", resolution.Candidates.Select(Describe));
            throw new ToolArgumentException($"Argument 'location' \"{location}\" is ambiguous: {options}. Retry with the code of the one meant (commune, departement or region argument) or a precise name like \"Name (dep)\".");
        }

        if (radius is not null && best.Kind != PlaceKind.Commune)
        {
            throw new ToolArgumentException($"Argument 'radius_km' applies around a commune, but \"{location}\" is a {KindName(best.Kind)}: drop radius_km.");
        }

        return best.Kind switch
        {
            PlaceKind.Commune => FromCommune(best, radius, places, filters),
            PlaceKind.Departement => filters with { Departement = [best.Code], Where = $"{best.Libelle} ({best.Code})" },
            _ => filters with { Region = best.Code, Where = $"{best.Libelle} (région {best.Code})" },
        };
    }

    private static SearchFilters FromCommune(Place commune, int? radius, PlaceResolver places, SearchFilters filters)
    {
        var area = places.ToSearchArea([commune], radius, DefaultRadiusKm);
        return filters with { Commune = area.Commune, Distance = area.Distance, Departement = area.Departement, Where = DescribeArea([commune], area) };
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

    internal static string Describe(Place place) => place.Kind switch
    {
        PlaceKind.Commune => $"commune {place.Libelle} ({place.CodeDepartement}) = {place.Code}",
        PlaceKind.Departement => $"département {place.Libelle} = {place.Code}",
        _ => $"région {place.Libelle} = {place.Code}",
    };

    internal static string KindName(PlaceKind kind) => kind switch
    {
        PlaceKind.Commune => "commune",
        PlaceKind.Departement => "departement",
        _ => "region",
    };

    private static JsonObject IntegerChoice(string description, int[] values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add((JsonNode)JsonValue.Create(value));
        }

        return new JsonObject { ["type"] = "integer", ["description"] = description, ["enum"] = array };
    }
}
