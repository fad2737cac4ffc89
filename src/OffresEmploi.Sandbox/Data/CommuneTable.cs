namespace OffresEmploi.Sandbox.Data;

/// <summary>The French communes (and the municipal arrondissements of Paris, Lyon and Marseille), column-wise.</summary>
internal sealed class CommuneTable
{
    private readonly Dictionary<string, int> _indexByCode;

    public CommuneTable(DepartementTable departements)
    {
        var rows = EmbeddedData.ReadRows("communes.tsv.br");
        var count = rows.Count;
        Codes = new string[count];
        Noms = new string[count];
        Departement = new byte[count];
        CodesPostaux = new string[count][];
        Population = new int[count];
        Latitude = new double[count];
        Longitude = new double[count];
        Parent = new int[count];
        _indexByCode = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var r = rows[i];
            Codes[i] = r[0];
            Noms[i] = r[1];
            Departement[i] = (byte)departements.IndexOf(r[2]);
            CodesPostaux[i] = r[4].Length == 0 ? [] : r[4].Split(' ');
            Population[i] = int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture);
            if (r[6].Length > 0)
            {
                Latitude[i] = double.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture);
                Longitude[i] = double.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                (Latitude[i], Longitude[i]) = CommuneCoordinates.Derive(r[0], departements, Departement[i]);
            }

            _indexByCode[r[0]] = i;
        }

        var children = new Dictionary<int, List<int>>();
        for (var i = 0; i < count; i++)
        {
            var parentCode = rows[i][8];
            Parent[i] = parentCode.Length == 0 ? -1 : _indexByCode[parentCode];
            if (Parent[i] >= 0)
            {
                if (!children.TryGetValue(Parent[i], out var list))
                {
                    children[Parent[i]] = list = [];
                }

                list.Add(i);
            }
        }

        Arrondissements = children.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public int Count => Codes.Length;

    public string[] Codes { get; }

    public string[] Noms { get; }

    /// <summary>Gets the index of each commune's département in <see cref="DepartementTable"/>.</summary>
    public byte[] Departement { get; }

    public string[][] CodesPostaux { get; }

    public int[] Population { get; }

    public double[] Latitude { get; }

    public double[] Longitude { get; }

    /// <summary>Gets, for an arrondissement, the index of its city (Paris, Lyon, Marseille); -1 otherwise.</summary>
    public int[] Parent { get; }

    /// <summary>Gets the arrondissements of each city that has some.</summary>
    public IReadOnlyDictionary<int, int[]> Arrondissements { get; }

    public int IndexOf(string code) => _indexByCode.TryGetValue(code, out var i) ? i : -1;
}
