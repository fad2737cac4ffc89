namespace OffresEmploi.Sdk.Places;

/// <summary>The binary search the place index's sorted tables share (names, postal codes, INSEE codes).</summary>
internal static class SortedSearch
{
    /// <summary>Returns the first position in <c>[0, count)</c> whose entry is not before the key.</summary>
    /// <param name="count">The number of entries, sorted.</param>
    /// <param name="compareToKey">Compares the entry at a position with the key: negative when the entry comes first.</param>
    public static int LowerBound(int count, Func<int, int> compareToKey)
    {
        var (lo, hi) = (0, count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = compareToKey(mid) < 0 ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
