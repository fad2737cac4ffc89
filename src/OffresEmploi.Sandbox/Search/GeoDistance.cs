namespace OffresEmploi.Sandbox.Search;

/// <summary>Great-circle distances.</summary>
internal static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Returns the haversine distance in kilometres between two points given in degrees.</summary>
    public static double Kilometres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        const double Radians = Math.PI / 180;
        var dLat = (latitude2 - latitude1) * Radians;
        var dLon = (longitude2 - longitude1) * Radians;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(latitude1 * Radians) * Math.Cos(latitude2 * Radians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
