namespace OffresEmploi.Sdk.Places;

/// <summary>
/// Paris, Lyon and Marseille: communes split into municipal arrondissements, whose city-wide INSEE code
/// (75056, 69123, 13055) the API refuses as <c>commune</c> (400 "Valeur du paramètre « commune » incorrecte.").
/// </summary>
/// <remarks>
/// Evidence: third-party (a public MCP server used against production documents the 400); not verified here.
/// The arrondissement codes are valid whichever way production goes, so the SDK never sends the city codes.
/// <para>
/// A city-wide search goes around <see cref="Centre"/>, the historic centre (Louvre–Châtelet, Presqu'île,
/// Vieux-Port), with <see cref="RadiusKm"/>: the distance from that arrondissement's centre to the farthest
/// arrondissement's centre plus a 2 km margin (our coordinates and the API's reference points come from different
/// sources), rounded up. For Paris and Lyon that centre is also the arrondissement nearest to all the others; for
/// Marseille the 13e would need 1 km less, but sorting by distance would then rank offers from the north-east.
/// The fact sheet says any distance around an arrondissement already reaches the whole city; the radius makes
/// the search cover it even if production measures plain distances. Checked against the commune data by the tests.
/// </para>
/// </remarks>
internal sealed record SplitCity(string Code, string Name, string FirstArrondissement, string LastArrondissement, string Centre, int RadiusKm, string? Departement)
{
    /// <summary>Gets the three cities. <see cref="Departement"/> is set only where the département is exactly the city (Paris).</summary>
    public static IReadOnlyList<SplitCity> All { get; } =
    [
        new("75056", "Paris", "75101", "75120", Centre: "75101", RadiusKm: 8, Departement: "75"),
        new("69123", "Lyon", "69381", "69389", Centre: "69382", RadiusKm: 6, Departement: null),
        new("13055", "Marseille", "13201", "13216", Centre: "13201", RadiusKm: 11, Departement: null),
    ];

    /// <summary>Finds the city whose city-wide code is <paramref name="code"/> (surrounding spaces ignored, as the API trims values).</summary>
    /// <param name="code">An INSEE commune code.</param>
    /// <returns>The city, or null when <paramref name="code"/> is not a city-wide code.</returns>
    public static SplitCity? Find(string? code)
    {
        var trimmed = code?.Trim();
        foreach (var city in All)
        {
            if (city.Code == trimmed)
            {
                return city;
            }
        }

        return null;
    }

    /// <summary>Gets the way to search this city that the API accepts, in words.</summary>
    public string Advice => Departement is null
        ? $"use an arrondissement code ({FirstArrondissement} to {LastArrondissement}), e.g. {Centre} with distance {RadiusKm} to cover the whole city"
        : $"use an arrondissement code ({FirstArrondissement} to {LastArrondissement}), e.g. {Centre} with distance {RadiusKm} to cover the whole city, or departement {Departement} for the city alone";
}
