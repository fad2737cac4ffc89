namespace OffresEmploi.Sdk.Places;

/// <summary>The places of one folded name, found by binary search in the list sorted by name that prefix searches use.</summary>
/// <remarks>
/// It replaces a hash lookup built beside that list: 35,000 groupings were the costliest part of loading the place list,
/// which the first place lookup of a process waits for. The sort is stable, so places of one name keep the order of the
/// lists (régions, départements, communes), the order the lookup gave.
/// </remarks>
internal sealed class PlaceNameIndex((string Name, Place Place)[] sortedByName)
{
    /// <summary>Gets the places named exactly <paramref name="folded"/> (a <see cref="PlaceText.Fold"/> result).</summary>
    public IEnumerable<Place> this[string folded]
    {
        get
        {
            for (var i = LowerBound(folded); i < sortedByName.Length && string.Equals(sortedByName[i].Name, folded, StringComparison.Ordinal); i++)
            {
                yield return sortedByName[i].Place;
            }
        }
    }

    /// <summary>Sorts places by folded name, ordinally and stably.</summary>
    public static (string Name, Place Place)[] Sort(params IReadOnlyList<Place>[] lists)
    {
        var all = new (string Name, Place Place)[lists.Sum(l => l.Count)];
        var i = 0;
        foreach (var list in lists)
        {
            foreach (var place in list)
            {
                all[i++] = (PlaceText.Fold(place.Libelle), place);
            }
        }

        return [.. all.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    private int LowerBound(string name)
    {
        var (lo, hi) = (0, sortedByName.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(sortedByName[mid].Name, name) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
