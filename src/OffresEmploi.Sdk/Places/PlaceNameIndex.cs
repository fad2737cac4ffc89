using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Places;

/// <summary>Finds places by folded name, or by the start of one, by binary search in the prebuilt name order.</summary>
/// <remarks>
/// The order (<see cref="PlaceIndexFile.NameOrder"/>) is computed when the index is generated: folding and sorting
/// 35,000 names at load was most of what the first place lookup of a process waited for. Here a name is folded only
/// when a search compares it, and kept. The sort is stable, so places of one name keep the order of the lists
/// (régions, départements, communes).
/// </remarks>
internal sealed class PlaceNameIndex
{
    private readonly ushort[] _order;
    private readonly Func<int, Place> _placeAt;
    private readonly string?[] _names;

    /// <param name="order">Positions sorted by folded name, as <see cref="Order"/> computes them.</param>
    /// <param name="placeAt">The place at a position.</param>
    public PlaceNameIndex(ushort[] order, Func<int, Place> placeAt)
    {
        _order = order;
        _placeAt = placeAt;
        _names = new string?[order.Length];
    }

    /// <summary>Gets the places named exactly <paramref name="folded"/> (a <see cref="PlaceText.Fold"/> result).</summary>
    public IEnumerable<Place> this[string folded]
    {
        get
        {
            for (var i = LowerBound(folded); i < _order.Length && string.Equals(Name(i), folded, StringComparison.Ordinal); i++)
            {
                yield return _placeAt(_order[i]);
            }
        }
    }

    /// <summary>Lists the places whose folded name starts with <paramref name="prefix"/>, in name order.</summary>
    public IEnumerable<Place> StartingWith(string prefix)
    {
        for (var i = LowerBound(prefix); i < _order.Length && Name(i).StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _placeAt(_order[i]);
        }
    }

    /// <summary>Sorts positions by folded name, ordinally and stably (the generator's work).</summary>
    public static ushort[] Order(IReadOnlyList<string> foldedNames) =>
        [.. Enumerable.Range(0, foldedNames.Count).OrderBy(i => foldedNames[i], StringComparer.Ordinal).Select(i => checked((ushort)i))];

    private string Name(int i) => _names[i] ??= PlaceText.Fold(_placeAt(_order[i]).Libelle);

    private int LowerBound(string name) => SortedSearch.LowerBound(_order.Length, i => string.CompareOrdinal(Name(i), name));
}
