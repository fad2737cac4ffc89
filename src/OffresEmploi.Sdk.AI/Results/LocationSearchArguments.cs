using System.Text.Json.Serialization;

namespace OffresEmploi.Sdk.AI.Results;

/// <summary>The <c>search_offers</c> arguments that select a resolved place: its search form, not always its own code.</summary>
internal sealed record LocationSearchArguments
{
    public string? Commune { get; init; }

    /// <summary>Gets the radius around <see cref="Commune"/>; always set with it, since an arrondissement (0) and a
    /// city searched around its central arrondissement need theirs spelled out.</summary>
    [JsonPropertyName("radius_km")]
    public int? RadiusKm { get; init; }

    public string? Departement { get; init; }

    public string? Region { get; init; }
}
