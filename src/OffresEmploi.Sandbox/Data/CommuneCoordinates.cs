namespace OffresEmploi.Sandbox.Data;

/// <summary>
/// Places a commune that no open dataset at hand locates (no package offers commune coordinates; GeoNames
/// only lists towns of 15,000+ inhabitants): a deterministic point, uniform by area, in a disc of 85 % of the
/// radius of a circle as large as the département, around the département's approximate centre.
/// </summary>
/// <remarks>Plausible, not real: such a commune is in the right area of the right département, within a few
/// tens of kilometres of its real place. The same code always gives the same point.</remarks>
internal static class CommuneCoordinates
{
    public static (double Latitude, double Longitude) Derive(string code, DepartementTable departements, int departement)
    {
        var centreLatitude = departements.CentreLatitude[departement];
        var radiusKm = 0.85 * Math.Sqrt(departements.SurfaceKm2[departement] / Math.PI);
        var distance = radiusKm * Math.Sqrt(Fnv1a(code) / 4294967296.0);
        var angle = 2 * Math.PI * (Fnv1a(code + "#") / 4294967296.0);
        var latitude = centreLatitude + (distance * Math.Cos(angle) / 111.2);
        var longitude = departements.CentreLongitude[departement]
            + (distance * Math.Sin(angle) / (111.2 * Math.Cos(centreLatitude * Math.PI / 180)));
        return (Math.Round(latitude, 5), Math.Round(longitude, 5));
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
