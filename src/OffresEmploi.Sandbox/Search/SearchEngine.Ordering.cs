namespace OffresEmploi.Sandbox.Search;

/// <summary>Sort orders and page slicing.</summary>
public sealed partial class SearchEngine
{
    /// <summary>
    /// sort=1: creation date, newest first. sort=0: keyword score, best first, then newest first (without
    /// keywords every score is equal, so it is sort=1). sort=2: distance to the nearest searched commune,
    /// nearest first, then newest first (without commune it is sort=0). Offers are stored oldest first,
    /// so "newest first" is "highest index first".
    /// </summary>
    private static int[] Order(QueryPlan plan, int sort, Matches matches, int first, int last)
    {
        var indices = matches.Indices;
        if (sort == 2 && plan.Centres.Length > 0)
        {
            return ByDistance(plan, matches, first, last);
        }

        if (!matches.Scored)
        {
            var page = new int[last - first + 1];
            for (var p = 0; p < page.Length; p++)
            {
                page[p] = indices[indices.Length - 1 - (first + p)];
            }

            return page;
        }

        return ByScore(matches, first, last);
    }

    /// <summary>Counting sort on the score (scores are small), walking the matches newest first.</summary>
    private static int[] ByScore(Matches matches, int first, int last)
    {
        var indices = matches.Indices;
        var scores = matches.Scores;
        var counts = new int[256];
        foreach (var s in scores)
        {
            counts[s]++;
        }

        // Position of the first offer of each score once sorted by descending score.
        var starts = new int[256];
        var position = 0;
        for (var s = 255; s >= 0; s--)
        {
            starts[s] = position;
            position += counts[s];
        }

        var page = new int[last - first + 1];
        for (var m = indices.Length - 1; m >= 0; m--)
        {
            var p = starts[scores[m]]++;
            if (p >= first && p <= last)
            {
                page[p - first] = indices[m];
            }
        }

        return page;
    }

    private static int[] ByDistance(QueryPlan plan, Matches matches, int first, int last)
    {
        var indices = matches.Indices;
        var corpus = plan.Corpus;
        var communes = corpus.Data.Communes;
        // Offers share their commune's coordinates: one distance per commune, computed when first needed.
        var byCommune = new double[communes.Count];
        var keys = new (double Distance, int Index)[indices.Length];
        for (var m = 0; m < indices.Length; m++)
        {
            var i = indices[m];
            var distance = double.MaxValue;
            if (corpus.LieuMode[i] != 2)
            {
                var commune = corpus.Commune[i];
                distance = byCommune[commune];
                if (distance == 0)
                {
                    distance = double.MaxValue;
                    foreach (var (lat, lon) in plan.Centres)
                    {
                        distance = Math.Min(distance, GeoDistance.Kilometres(lat, lon, communes.Latitude[commune], communes.Longitude[commune]));
                    }

                    // 0 marks "not computed yet": a commune at the very centre is stored as a tiny positive distance.
                    distance = byCommune[commune] = Math.Max(distance, double.Epsilon);
                }
            }

            keys[m] = (distance, i);
        }

        // Only the first last + 1 positions matter: keep the best of them, then sort those.
        var comparer = Comparer<(double Distance, int Index)>.Create((a, b) =>
            a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : b.Index.CompareTo(a.Index));
        var wanted = last + 1;
        if (keys.Length > 4 * wanted)
        {
            var heap = new PriorityQueue<(double Distance, int Index), (double Distance, int Index)>(
                wanted, Comparer<(double Distance, int Index)>.Create((a, b) => comparer.Compare(b, a)));
            foreach (var key in keys)
            {
                if (heap.Count < wanted)
                {
                    heap.Enqueue(key, key);
                }
                else if (comparer.Compare(key, heap.Peek()) < 0)
                {
                    heap.EnqueueDequeue(key, key);
                }
            }

            keys = heap.UnorderedItems.Select(x => x.Element).ToArray();
        }

        Array.Sort(keys, comparer);
        return keys[first..(last + 1)].Select(k => k.Index).ToArray();
    }
}
