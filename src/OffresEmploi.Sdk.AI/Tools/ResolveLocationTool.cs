using System.Text.Json;
using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.AI.Rendering;
using OffresEmploi.Sdk.AI.Results;
using OffresEmploi.Sdk.Models;
using static OffresEmploi.Sdk.AI.Schema.JsonSchemaBuilder;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary><c>resolve_location</c>: a place name, postal code or code to the codes <c>search_offers</c> takes, offline.</summary>
internal sealed class ResolveLocationTool : OffresEmploiTool
{
    public const int DefaultLimit = 5;
    public const int MaxLimit = 10;

    private static readonly JsonElement InputSchema = Input(
        [
            ("query", String("Commune ('Saint-Denis (93)', 'Lyon 3e'), postal code, INSEE code, departement or region.")),
            ("limit", Integer("Max candidates.", 1, MaxLimit, DefaultLimit)),
        ],
        "query");

    private static readonly JsonElement OutputSchema = ToElement(Object(
        [
            ("ambiguous", Type("boolean")),
            ("candidates", ArrayOf(Object([("kind", Type("string")), ("code", Type("string")), ("libelle", Type("string")), ("search", Type("object"))], "kind", "code", "libelle", "search"))),
        ],
        "ambiguous", "candidates"));

    private static readonly string[] Names = ["query", "limit"];

    public ResolveLocationTool(ToolContext context)
        : base(context)
    {
    }

    public override string Name => OffresEmploiTools.ResolveLocation;

    public override string Title => "Resolve a French place";

    public override string Description =>
        "Turn a French place name or postal code into the INSEE/département/région code search_offers takes (offline). Lists candidates when ambiguous.";

    public override JsonElement JsonSchema => InputSchema;

    public override JsonElement? ReturnJsonSchema => OutputSchema;

    private protected override IReadOnlyCollection<string> ArgumentNames => Names;

    private protected override Task<OffresEmploiToolResult> RunCoreAsync(ToolArguments arguments, CancellationToken cancellationToken)
    {
        var query = arguments.RequiredString("query", 100);
        var limit = arguments.Integer("limit", 1, MaxLimit) ?? DefaultLimit;
        var resolution = Context.Places.Resolve(query, limit);
        var candidates = resolution.Candidates.Select(p => ToCandidate(p, Context.Places)).ToList();

        var budget = new TextBudget(Context.MaxResultLength);
        if (candidates.Count == 0)
        {
            budget.AppendLine($"No French commune, département or région matches \"{query}\". Check the spelling, or try a postal code or département.");
        }
        else
        {
            budget.AppendLine(resolution.IsAmbiguous
                ? $"\"{query}\" is ambiguous; pick one and pass its search argument to search_offers:"
                : $"\"{query}\" resolves to (best first; pass the search argument to search_offers):");
            foreach (var (place, candidate) in resolution.Candidates.Zip(candidates))
            {
                budget.AppendLine($"{Describe(place)}{Details(place)} -> {SearchArgument(candidate.Search)}");
            }
        }

        if (Context.Notice is { } notice)
        {
            budget.AppendLine(notice);
        }

        var result = new ResolveLocationResult
        {
            Query = query,
            Ambiguous = resolution.IsAmbiguous,
            Candidates = candidates,
            Hint = candidates.Count == 0 ? "Check the spelling, or try a postal code or département." : null,
            Notice = Context.Notice,
        };
        return Task.FromResult(OffresEmploiToolResult.Success(budget.ToString(), JsonSerializer.SerializeToElement(result, ToolsJson.Context.ResolveLocationResult)));
    }

    private static LocationCandidate ToCandidate(Place place, PlaceResolver places) => new()
    {
        Kind = KindName(place.Kind),
        Code = place.Code,
        Libelle = place.Libelle,
        Departement = place.Kind == PlaceKind.Commune ? place.CodeDepartement : null,
        Region = place.Kind == PlaceKind.Region ? null : place.CodeRegion,
        CodesPostaux = place.CodesPostaux.Count > 0 ? place.CodesPostaux : null,
        Population = place.Population,
        Search = place.Kind switch
        {
            PlaceKind.Commune => CommuneSearch(places.ToSearchArea([place], defaultDistanceKm: SearchFilterArguments.DefaultRadiusKm)),
            PlaceKind.Departement => new LocationSearchArguments { Departement = place.Code },
            _ => new LocationSearchArguments { Region = place.Code },
        },
    };

    // One commune gives one code, or for Paris alone with distance 0 a département (not with the default radius used here).
    private static LocationSearchArguments CommuneSearch(PlaceSearchArea area) => area.Commune is [var code]
        ? new LocationSearchArguments { Commune = code, RadiusKm = area.Distance }
        : new LocationSearchArguments { Departement = area.Departement![0] };

    private static string Describe(Place place) => place.Kind switch
    {
        PlaceKind.Commune => $"commune {place.Libelle} ({place.CodeDepartement}) = {place.Code}",
        PlaceKind.Departement => $"département {place.Libelle} = {place.Code}",
        _ => $"région {place.Libelle} = {place.Code}",
    };

    private static string KindName(PlaceKind kind) => kind switch
    {
        PlaceKind.Commune => "commune",
        PlaceKind.Departement => "departement",
        _ => "region",
    };

    private static string Details(Place place)
    {
        var parts = new List<string>(2);
        if (place.CodesPostaux.Count > 0)
        {
            parts.Add("CP " + string.Join(",", place.CodesPostaux.Take(3)) + (place.CodesPostaux.Count > 3 ? "…" : ""));
        }

        if (place.Population is { } population)
        {
            parts.Add($"pop. {population}");
        }

        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    private static string SearchArgument(LocationSearchArguments search) =>
        search.Commune is { } c ? $"commune=\"{c}\", radius_km={search.RadiusKm}"
        : search.Departement is { } d ? $"departement=\"{d}\""
        : $"region=\"{search.Region}\"";
}
