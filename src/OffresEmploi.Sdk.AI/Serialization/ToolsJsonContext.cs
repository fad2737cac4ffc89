using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OffresEmploi.Sdk.AI.Results;
using OffresEmploi.Sdk.AI.Tools;

namespace OffresEmploi.Sdk.AI;

/// <summary>Source-generated JSON metadata for every type the tools exchange (trimming and Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(SearchOffersResult))]
[JsonSerializable(typeof(GetOfferResult))]
[JsonSerializable(typeof(LookupReferentielResult))]
[JsonSerializable(typeof(ResolveLocationResult))]
[JsonSerializable(typeof(MarketSummaryResult))]
[JsonSerializable(typeof(SearchCursor))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(string))]
internal sealed partial class ToolsJsonContext : JsonSerializerContext;
