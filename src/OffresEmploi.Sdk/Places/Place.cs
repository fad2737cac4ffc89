namespace OffresEmploi.Sdk.Models;

/// <summary>A French commune, département or région with the codes the API expects.</summary>
/// <remarks>
/// Use <see cref="Code"/> as the search parameter of the same kind: <c>commune</c> (INSEE code,
/// with <c>distance</c>), <c>departement</c> or <c>region</c>.
/// </remarks>
public sealed record Place
{
    /// <summary>Gets what the place is.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>Gets the INSEE commune code, the département code or the région code.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the official name (<c>Annecy</c>, <c>Haute-Savoie</c>, <c>Auvergne-Rhône-Alpes</c>).</summary>
    public required string Libelle { get; init; }

    /// <summary>Gets the département code of a commune or département; null for a région.</summary>
    public string? CodeDepartement { get; init; }

    /// <summary>Gets the région code of the place.</summary>
    public string? CodeRegion { get; init; }

    /// <summary>Gets the postal codes of a commune; empty for other kinds.</summary>
    public IReadOnlyList<string> CodesPostaux { get; init; } = [];

    /// <summary>Gets the municipal population of a commune; null for other kinds.</summary>
    public int? Population { get; init; }

    /// <summary>Gets the latitude of a commune (WGS 84), or of a département's approximate centre.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the longitude of a commune (WGS 84), or of a département's approximate centre.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets, for a municipal arrondissement, the INSEE code of its city (<c>75056</c> for Paris); otherwise null.</summary>
    public string? CodeCommuneParente { get; init; }

    /// <summary>Gets whether the coordinates of a commune are exact (a gazetteer entry) rather than derived inside its département.</summary>
    public bool HasExactCoordinates { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        PlaceKind.Commune => $"{Libelle} ({CodeDepartement}), commune {Code}",
        PlaceKind.Departement => $"{Libelle}, département {Code}",
        _ => $"{Libelle}, région {Code}",
    };
}
