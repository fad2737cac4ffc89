using OffresEmploi.Sdk;

namespace OffresEmploi.Sandbox.Data;

/// <summary>The 101 départements, their région, approximate centre and bordering départements.</summary>
internal sealed class DepartementTable
{
    private readonly Dictionary<string, int> _indexByCode;

    public DepartementTable()
    {
        // The SDK's embedded list (PlaceResolver) is the single source of départements and their centres.
        var rows = PlaceResolver.Default.Departements;
        Codes = rows.Select(r => r.Code).ToArray();
        Noms = rows.Select(r => r.Libelle).ToArray();
        Regions = rows.Select(r => r.CodeRegion!).ToArray();
        CentreLatitude = rows.Select(r => r.Latitude!.Value).ToArray();
        CentreLongitude = rows.Select(r => r.Longitude!.Value).ToArray();
        _indexByCode = Codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var neighbours = Codes.Select(_ => new SortedSet<int>()).ToArray();
        foreach (var row in EmbeddedData.ReadRows("departements-limitrophes.tsv"))
        {
            var d = _indexByCode[row[0]];
            foreach (var other in row[1].Split(' '))
            {
                // Stored both ways so that a one-sided line in the table cannot break symmetry.
                neighbours[d].Add(_indexByCode[other]);
                neighbours[_indexByCode[other]].Add(d);
            }
        }

        Limitrophes = neighbours.Select(s => s.ToArray()).ToArray();
    }

    public int Count => Codes.Length;

    public string[] Codes { get; }

    public string[] Noms { get; }

    /// <summary>Gets the région code of each département.</summary>
    public string[] Regions { get; }

    public double[] CentreLatitude { get; }

    public double[] CentreLongitude { get; }

    public int[][] Limitrophes { get; }

    public int IndexOf(string code) => _indexByCode.TryGetValue(code, out var i) ? i : -1;
}
