using System.Text.Json.Nodes;
using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.Models;
using static OffresEmploi.Sdk.AI.Schema.JsonSchemaBuilder;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>The search criteria shared by <c>search_offers</c> and <c>summarize_market</c>: their schema and their reading.</summary>
internal static class SearchFilterArguments
{
    public const int DefaultRadiusKm = 10;

    private static readonly OffresSearchCriteriaOptions Policy = new()
    {
        AmbiguousPlace = AmbiguousPlaceHandling.Refuse,
        DefaultDistanceKm = DefaultRadiusKm,
        DefaultPeriodeSalaire = null,
        KnownCodesOnly = true,
    };

    private static readonly string[] Experiences = ["1", "2", "3"];
    private static readonly string[] Qualifications = ["0", "9"];
    private static readonly string[] SalaryPeriods = ["M", "A", "H"];
    private static readonly int[] PublishedSinceValues = [1, 3, 7, 14, 31];

    private static readonly Dictionary<string, string> Arguments = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(OffresSearchCriteria.MotsCles)] = "keywords",
        [nameof(OffresSearchCriteria.Lieu)] = "location",
        [nameof(OffresSearchCriteria.Distance)] = "radius_km",
        [nameof(OffresSearchCriteria.Commune)] = "commune",
        [nameof(OffresSearchCriteria.Departement)] = "departement",
        [nameof(OffresSearchCriteria.Region)] = "region",
        [nameof(OffresSearchCriteria.TypeContrat)] = "contract",
        [nameof(OffresSearchCriteria.NatureContrat)] = "nature",
        [nameof(OffresSearchCriteria.Experience)] = "experience",
        [nameof(OffresSearchCriteria.Qualification)] = "qualification",
        [nameof(OffresSearchCriteria.TempsPlein)] = "full_time",
        [nameof(OffresSearchCriteria.SalaireMin)] = "salary_min",
        [nameof(OffresSearchCriteria.PeriodeSalaire)] = "salary_period",
        [nameof(OffresSearchCriteria.PublieeDepuis)] = "published_since",
        [nameof(OffresSearchCriteria.CodeRome)] = "rome",
    };

    public static IReadOnlyList<string> Contracts { get; } = TypeContrat.KnownValues.Select(t => t.Value).Where(v => v != "DDT").ToArray();

    /// <summary>The schema properties; the market summary takes the <paramref name="full"/>=false subset (place by name only).</summary>
    public static IEnumerable<(string Name, JsonObject Schema)> Properties(bool full = true)
    {
        yield return ("keywords", String($"Keywords, comma-separated, all must match (max {OffresSearchRequestValidator.MaxMotsCles}): 'boulanger', 'developpeur,java'."));
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

    /// <summary>Reads the criteria and resolves them; <paramref name="places"/> is only asked for when a place argument is given.</summary>
    /// <remarks>The place list loads on first use (about 2 ms of a Native AOT process): a search by keywords alone does not pay for it.</remarks>
    public static ResolvedOffresSearch Read(ToolArguments arguments, Func<PlaceResolver> places) => Resolve(ReadCriteria(arguments), places);

    /// <summary>Reads the arguments into criteria: only what the schema decides (types, ranges, choices) is checked here.</summary>
    /// <remarks>The API's own rules (at most 7 keywords of 2 characters or more...) are the SDK's: <see cref="Resolve"/> reports them.</remarks>
    public static OffresSearchCriteria ReadCriteria(ToolArguments arguments)
    {
        return new OffresSearchCriteria
        {
            MotsCles = arguments.List("keywords", maxItems: int.MaxValue),
            Lieu = arguments.String("location", 100),
            Distance = arguments.Integer("radius_km", 0, 200),
            Commune = arguments.List("commune", maxItems: 5, maxItemLength: 5),
            Departement = arguments.List("departement", maxItems: 5, maxItemLength: 3),
            Region = arguments.String("region", 3),
            TypeContrat = arguments.ChoiceList("contract", Contracts, maxItems: 10),
            NatureContrat = arguments.List("nature", maxItems: 10, maxItemLength: 4),
            Experience = arguments.Choice("experience", Experiences),
            Qualification = arguments.Choice("qualification", Qualifications),
            TempsPlein = arguments.Boolean("full_time"),
            SalaireMin = arguments.Number("salary_min", 0, 1_000_000),
            PeriodeSalaire = arguments.Choice("salary_period", SalaryPeriods),
            PublieeDepuis = arguments.IntegerChoice("published_since", PublishedSinceValues),
            CodeRome = arguments.List("rome", maxItems: 20, maxItemLength: 5),
        };
    }

    /// <summary>Turns criteria into the request, with the tools' policy: an ambiguous place is an error the model resolves, and a commune gets a 10 km radius.</summary>
    /// <exception cref="ToolArgumentException">A criterion cannot be used; the message names the tool argument.</exception>
    public static ResolvedOffresSearch Resolve(OffresSearchCriteria criteria, Func<PlaceResolver> places)
    {
        var hasPlace = criteria.Lieu is not null || criteria.Commune is not null || criteria.Departement is not null || criteria.Region is not null;
        try
        {
            return criteria.Resolve(hasPlace ? places() : null, Policy);
        }
        catch (OffresSearchCriteriaException e)
        {
            var hint = e.Criterion is nameof(OffresSearchCriteria.Commune) or nameof(OffresSearchCriteria.Departement) or nameof(OffresSearchCriteria.Region)
                ? " Use resolve_location to find the code."
                : "";
            throw new ToolArgumentException(e.FormatMessage(ArgumentName) + hint, e);
        }
    }

    /// <summary>
    /// Names the tool argument behind a criterion or an API parameter (the SDK's criteria are named after the parameters,
    /// <c>MotsCles</c> and <c>motsCles</c>, so one case-insensitive table serves both); null when no argument sets it.
    /// </summary>
    public static string? ArgumentFor(string? criterionOrParameter) =>
        criterionOrParameter is not null && Arguments.TryGetValue(criterionOrParameter, out var argument) ? argument : null;

    /// <summary>The quoted tool argument a criterion comes from, so an error names what the model sent.</summary>
    private static string ArgumentName(string criterion) => $"'{ArgumentFor(criterion) ?? criterion}'";

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
