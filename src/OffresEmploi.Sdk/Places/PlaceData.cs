using System.Buffers;
using System.Globalization;
using System.Text;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Places;

/// <summary>Reads the embedded official lists (communes, départements) and builds their <see cref="Place"/> records.</summary>
/// <remarks>
/// Sources: the communes, départements and régions of <c>@etalab/decoupage-administratif</c> (MIT),
/// converted by <c>tools/sandbox-data/convert-communes.mjs</c>; coordinates from GeoNames for towns of
/// 15,000+ inhabitants, derived inside the département for the others (see <see cref="Derive"/>).
/// </remarks>
internal static class PlaceData
{
    /// <summary>The embedded communes file: TSV, one commune a line, in INSEE code order.</summary>
    /// <remarks>Not compressed: Brotli took 6 to 9 ms of the 10 the first place lookup of a Native AOT process spent loading.</remarks>
    public const string CommunesFile = "communes.tsv";

    // The communes file has 10 fields; a missing trailing field reads as empty.
    private const int MaxFields = 12;

    /// <summary>Loads every list with every commune built: for the index generator and the tests.</summary>
    /// <remarks>The resolver does not: it builds a commune when a lookup reaches it (<see cref="CommuneRows"/>).</remarks>
    public static (List<Place> Communes, List<Place> Departements, List<Place> Regions) Load()
    {
        var departements = LoadDepartements();
        var communes = CommuneRows.Parse(ReadAll(CommunesFile), departements, expectedCount: null);
        return ([.. communes], departements.List, LoadRegions());
    }

    /// <summary>Loads the départements, with the surfaces that place the communes the gazetteer does not.</summary>
    public static DepartementRows LoadDepartements()
    {
        var departements = new List<Place>();
        var surfaces = new Dictionary<string, double>(StringComparer.Ordinal);
        var bytes = ReadAll("departements.tsv");
        Span<Range> row = stackalloc Range[MaxFields];
        foreach (var range in Lines(bytes))
        {
            // code, nom, region, chefLieu, centreLatitude, centreLongitude, surfaceKm2
            var line = bytes.AsSpan(range);
            SplitFields(line, row);
            var code = Text(line[row[0]]);
            departements.Add(new Place
            {
                Kind = PlaceKind.Departement,
                Code = code,
                Libelle = Text(line[row[1]]),
                CodeDepartement = code,
                CodeRegion = Text(line[row[2]]),
                Latitude = Parse(line[row[4]]),
                Longitude = Parse(line[row[5]]),
            });
            surfaces[code] = Parse(line[row[6]]);
        }

        return new DepartementRows(departements, surfaces);
    }

    /// <summary>Lists the régions, from the API's code list.</summary>
    public static List<Place> LoadRegions() =>
        RegionCode.KnownValues
            .Select(r => new Place { Kind = PlaceKind.Region, Code = r.Value, Libelle = r.Label ?? r.Value, CodeRegion = r.Value })
            .ToList();

    /// <summary>Lists the data lines of a TSV file (not the empty ones nor the <c>#</c> comments), without their line ends.</summary>
    public static IEnumerable<Range> Lines(byte[] bytes)
    {
        var start = 0;
        while (start < bytes.Length)
        {
            var newline = bytes.AsSpan(start).IndexOf((byte)'\n');
            var end = newline >= 0 ? start + newline : bytes.Length;
            var length = bytes.AsSpan(start, end - start).TrimEnd((byte)'\r').Length;
            if (length > 0 && bytes[start] != (byte)'#')
            {
                yield return new Range(start, start + length);
            }

            start = end + 1;
        }
    }

    /// <summary>Builds the commune on one line of the communes file.</summary>
    /// <remarks>
    /// The line is read as UTF-8 spans: only the strings the <see cref="Place"/> keeps are allocated, which matters when
    /// every commune is built (the sandbox, the tests).
    /// </remarks>
    public static Place ParseCommune(ReadOnlySpan<byte> line, DepartementRows departements)
    {
        Span<Range> row = stackalloc Range[MaxFields];
        SplitFields(line, row);

        // code, nom, departement, region, codesPostaux, population, latitude, longitude, communeParente, source
        var code = Text(line[row[0]]);
        var exact = !line[row[6]].IsEmpty;
        Span<char> departementCode = stackalloc char[8];
        var departement = departements.ByCode[departementCode[..Ascii(line[row[2]], departementCode)]];
        var (latitude, longitude) = exact
            ? (Parse(line[row[6]]), Parse(line[row[7]]))
            : Derive(code, departement.Latitude!.Value, departement.Longitude!.Value, departements.Surfaces[departement.Code]);
        var parent = line[row[8]];
        return new Place
        {
            Kind = PlaceKind.Commune,
            Code = code,
            Libelle = Text(line[row[1]]),

            // The département's own strings: 35,000 copies of the same few codes would only feed the collector.
            CodeDepartement = departement.Code,
            CodeRegion = System.Text.Ascii.Equals(line[row[3]], departement.CodeRegion) ? departement.CodeRegion : Text(line[row[3]]),
            CodesPostaux = Words(line[row[4]]),
            Population = int.Parse(line[row[5]], NumberStyles.Integer, CultureInfo.InvariantCulture),
            Latitude = latitude,
            Longitude = longitude,
            CodeCommuneParente = parent.IsEmpty ? null : Text(parent),
            HasExactCoordinates = exact,
        };
    }

    /// <summary>Gets field <paramref name="index"/> (0-based) of a line of tab-separated fields; empty past the last one.</summary>
    public static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, int index)
    {
        for (var i = 0; i < index; i++)
        {
            var tab = line.IndexOf((byte)'\t');
            if (tab < 0)
            {
                return [];
            }

            line = line[(tab + 1)..];
        }

        var end = line.IndexOf((byte)'\t');
        return end < 0 ? line : line[..end];
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

    private static double Parse(ReadOnlySpan<byte> utf8) => double.Parse(utf8, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static int Ascii(ReadOnlySpan<byte> utf8, Span<char> destination) =>
        System.Text.Ascii.ToUtf16(utf8, destination, out var written) == OperationStatus.Done
            ? written
            : throw new InvalidDataException("A département code in the embedded communes is not ASCII.");

    private static string[] Words(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return [];
        }

        var words = new string[utf8.Count((byte)' ') + 1];
        var i = 0;
        foreach (var range in utf8.Split((byte)' '))
        {
            words[i++] = Text(utf8[range]);
        }

        return words;
    }

    // Fields past the last tab read as empty; a line with more fields than MaxFields keeps the rest in the last one.
    private static void SplitFields(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var start = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            var tab = i < fields.Length - 1 ? line[start..].IndexOf((byte)'\t') : -1;
            var end = tab >= 0 ? start + tab : line.Length;
            fields[i] = new Range(start, end);
            start = Math.Min(end + 1, line.Length);
        }
    }

    /// <summary>Reads an embedded file of <c>Places/Data</c> whole.</summary>
    public static byte[] ReadAll(string fileName)
    {
        using var stream = typeof(PlaceData).Assembly.GetManifestResourceStream("OffresEmploi.Sdk.Places.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{fileName}' is missing from OffresEmploi.Sdk.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
