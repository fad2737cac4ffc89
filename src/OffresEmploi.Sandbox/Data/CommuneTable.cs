using OffresEmploi.Sdk;

namespace OffresEmploi.Sandbox.Data;

/// <summary>The French communes (and the municipal arrondissements of Paris, Lyon and Marseille), column-wise.</summary>
/// <remarks>
/// Built from the SDK's embedded list (<see cref="PlaceResolver.Communes"/>), so the sandbox's offers,
/// its <c>communes</c> referentiel and the SDK's place resolution agree on every code and coordinate.
/// </remarks>
internal sealed class CommuneTable
{
    private readonly Dictionary<string, int> _indexByCode;

    public CommuneTable(DepartementTable departements)
    {
        var places = PlaceResolver.Default.Communes;
        var count = places.Count;
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
            var place = places[i];
            Codes[i] = place.Code;
            Noms[i] = place.Libelle;
            Departement[i] = (byte)departements.IndexOf(place.CodeDepartement!);
            CodesPostaux[i] = [.. place.CodesPostaux];
            Population[i] = place.Population ?? 0;
            Latitude[i] = place.Latitude!.Value;
            Longitude[i] = place.Longitude!.Value;
            _indexByCode[place.Code] = i;
        }

        var children = new Dictionary<int, List<int>>();
        for (var i = 0; i < count; i++)
        {
            var parentCode = places[i].CodeCommuneParente;
            Parent[i] = parentCode is null ? -1 : _indexByCode[parentCode];
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
