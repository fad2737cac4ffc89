using System.Globalization;
using System.IO.Compression;
using System.Text;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Places;

/// <summary>Loads the embedded official lists (communes, départements) into <see cref="Place"/> records.</summary>
/// <remarks>
/// Sources: the communes, départements and régions of <c>@etalab/decoupage-administratif</c> (MIT),
/// converted by <c>tools/sandbox-data/convert-communes.mjs</c>; coordinates from GeoNames for towns of
/// 15,000+ inhabitants, derived inside the département for the others (see <see cref="Derive"/>).
/// </remarks>
internal static class PlaceData
{
    public static (List<Place> Communes, List<Place> Departements, List<Place> Regions) Load()
    {
        var departements = new List<Place>();
        var surfaces = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in ReadRows("departements.tsv"))
        {
            // code, nom, region, chefLieu, centreLatitude, centreLongitude, surfaceKm2
            departements.Add(new Place
            {
                Kind = PlaceKind.Departement,
                Code = row[0],
                Libelle = row[1],
                CodeDepartement = row[0],
                CodeRegion = row[2],
                Latitude = Parse(row[4]),
                Longitude = Parse(row[5]),
            });
            surfaces[row[0]] = Parse(row[6]);
        }

        var byDepartement = departements.ToDictionary(d => d.Code, StringComparer.Ordinal);
        var communes = new List<Place>(35_000);
        foreach (var row in ReadRows("communes.tsv.br"))
        {
            // code, nom, departement, region, codesPostaux, population, latitude, longitude, communeParente, source
            var exact = row[6].Length > 0;
            var departement = byDepartement[row[2]];
            var (latitude, longitude) = exact
                ? (Parse(row[6]), Parse(row[7]))
                : Derive(row[0], departement.Latitude!.Value, departement.Longitude!.Value, surfaces[row[2]]);
            communes.Add(new Place
            {
                Kind = PlaceKind.Commune,
                Code = row[0],
                Libelle = row[1],
                CodeDepartement = row[2],
                CodeRegion = row[3],
                CodesPostaux = row[4].Length == 0 ? [] : row[4].Split(' '),
                Population = int.Parse(row[5], CultureInfo.InvariantCulture),
                Latitude = latitude,
                Longitude = longitude,
                CodeCommuneParente = row[8].Length == 0 ? null : row[8],
                HasExactCoordinates = exact,
            });
        }

        var regions = RegionCode.KnownValues
            .Select(r => new Place { Kind = PlaceKind.Region, Code = r.Value, Libelle = r.Label ?? r.Value, CodeRegion = r.Value })
            .ToList();
        return (communes, departements, regions);
    }

    /// <summary>
    /// A deterministic point for a commune no gazetteer at hand locates: uniform by area in a disc of
    /// 85 % of the radius of a circle as large as the département, around its approximate centre.
    /// </summary>
    /// <remarks>Plausible, not real: the commune lands in the right part of the right département.</remarks>
    internal static (double Latitude, double Longitude) Derive(string code, double centreLatitude, double centreLongitude, double surfaceKm2)
    {
        var radiusKm = 0.85 * Math.Sqrt(surfaceKm2 / Math.PI);
        var distance = radiusKm * Math.Sqrt(Fnv1a(code) / 4294967296.0);
        var angle = 2 * Math.PI * (Fnv1a(code + "#") / 4294967296.0);
        var latitude = centreLatitude + (distance * Math.Cos(angle) / 111.2);
        var longitude = centreLongitude + (distance * Math.Sin(angle) / (111.2 * Math.Cos(centreLatitude * Math.PI / 180)));
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

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> ReadRows(string fileName)
    {
        var stream = typeof(PlaceData).Assembly.GetManifestResourceStream("OffresEmploi.Sdk.Places.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{fileName}' is missing from OffresEmploi.Sdk.");
        if (fileName.EndsWith(".br", StringComparison.Ordinal))
        {
            stream = new BrotliStream(stream, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
