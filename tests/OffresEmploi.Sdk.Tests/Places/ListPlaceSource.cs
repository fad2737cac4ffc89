using System.Diagnostics.CodeAnalysis;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Sdk.Tests.Places;

/// <summary>
/// The reference the embedded place source is compared with: every place built up front, looked up through plain
/// dictionaries, lookups and a list sorted here (how the resolver worked before the prebuilt index).
/// </summary>
internal sealed class ListPlaceSource : IPlaceSource
{
    private readonly Dictionary<string, Place> _communesByCode;
    private readonly ILookup<string, Place> _byName;
    private readonly string[] _sortedNames;
    private readonly Place[] _sortedPlaces;
    private readonly ILookup<string, Place> _byPostalCode;

    public ListPlaceSource((List<Place> Communes, List<Place> Departements, List<Place> Regions) lists)
    {
        (Communes, Departements, Regions) = lists;
        _communesByCode = lists.Communes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var named = lists.Regions.Concat(lists.Departements).Concat(lists.Communes).Select(p => (Name: PlaceText.Fold(p.Libelle), Place: p)).ToList();
        _byName = named.ToLookup(n => n.Name, n => n.Place, StringComparer.Ordinal);
        var sorted = named.OrderBy(n => n.Name, StringComparer.Ordinal).ToList();
        _sortedNames = [.. sorted.Select(n => n.Name)];
        _sortedPlaces = [.. sorted.Select(n => n.Place)];
        _byPostalCode = lists.Communes.SelectMany(c => c.CodesPostaux, (c, code) => (Code: code, Commune: c)).ToLookup(p => p.Code, p => p.Commune, StringComparer.Ordinal);
    }

    public IReadOnlyList<Place> Communes { get; }

    public IReadOnlyList<Place> Departements { get; }

    public IReadOnlyList<Place> Regions { get; }

    public bool TryGetCommune(string inseeCode, [NotNullWhen(true)] out Place? commune) => _communesByCode.TryGetValue(inseeCode, out commune);

    public IEnumerable<Place> Named(string folded) => _byName[folded];

    public IEnumerable<Place> StartingWith(string prefix)
    {
        var i = Array.BinarySearch(_sortedNames, prefix, StringComparer.Ordinal);
        i = i < 0 ? ~i : i;
        while (i > 0 && string.Equals(_sortedNames[i - 1], prefix, StringComparison.Ordinal))
        {
            i--;
        }

        for (; i < _sortedNames.Length && _sortedNames[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _sortedPlaces[i];
        }
    }

    public IEnumerable<Place> WithPostalCode(string postalCode) => _byPostalCode[postalCode];

    public IEnumerable<Place> WithParent() => Communes.Where(c => c.CodeCommuneParente is not null);
}
