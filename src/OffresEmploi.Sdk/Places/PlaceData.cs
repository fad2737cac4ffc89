using System.Buffers;
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
    // The communes file has 10 fields; a missing trailing field reads as empty.
    private const int MaxFields = 12;

    private delegate void RowHandler(ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields);

    public static (List<Place> Communes, List<Place> Departements, List<Place> Regions) Load()
    {
        var departements = new List<Place>();
        var surfaces = new Dictionary<string, double>(StringComparer.Ordinal);
        ForEachRow("departements.tsv", (line, row) =>
        {
            // code, nom, region, chefLieu, centreLatitude, centreLongitude, surfaceKm2
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
        });

        var byDepartement = departements.ToDictionary(d => d.Code, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var communes = new List<Place>(35_000);
        ForEachRow("communes.tsv.br", (line, row) =>
        {
            // code, nom, departement, region, codesPostaux, population, latitude, longitude, communeParente, source
            var code = Text(line[row[0]]);
            var exact = !line[row[6]].IsEmpty;
            Span<char> departementCode = stackalloc char[8];
            var departement = byDepartement[departementCode[..Ascii(line[row[2]], departementCode)]];
            var (latitude, longitude) = exact
                ? (Parse(line[row[6]]), Parse(line[row[7]]))
                : Derive(code, departement.Latitude!.Value, departement.Longitude!.Value, surfaces[departement.Code]);
            var parent = line[row[8]];
            communes.Add(new Place
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
            });
        });

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

    /// <summary>Calls <paramref name="onRow"/> with each data line of an embedded TSV file and the ranges of its fields.</summary>
    /// <remarks>
    /// Lines are read as UTF-8 spans from a reused buffer: only the strings a <see cref="Place"/> keeps are allocated.
    /// Line strings, split arrays and number strings (about 20 MB for the communes) would otherwise trigger several
    /// collections while the 35,000 places are being built, each one copying the places built so far; that was most
    /// of the cost of the first place lookup.
    /// </remarks>
    private static void ForEachRow(string fileName, RowHandler onRow)
    {
        using var stream = Open(fileName);
        var buffer = new byte[64 * 1024];
        var filled = 0;
        Span<Range> fields = stackalloc Range[MaxFields];
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var consumed = 0;
            int end;
            while ((end = buffer.AsSpan(consumed, filled - consumed).IndexOf((byte)'\n')) >= 0 || (read == 0 && consumed < filled))
            {
                var line = buffer.AsSpan(consumed, end >= 0 ? end : filled - consumed).TrimEnd((byte)'\r');
                consumed += end >= 0 ? end + 1 : filled - consumed;
                if (line.Length > 0 && line[0] != (byte)'#')
                {
                    SplitFields(line, fields);
                    onRow(line, fields);
                }
            }

            if (read == 0)
            {
                return;
            }

            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
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

    private static Stream Open(string fileName)
    {
        var stream = typeof(PlaceData).Assembly.GetManifestResourceStream("OffresEmploi.Sdk.Places.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{fileName}' is missing from OffresEmploi.Sdk.");
        return fileName.EndsWith(".br", StringComparison.Ordinal) ? new BrotliStream(stream, CompressionMode.Decompress) : stream;
    }
}
