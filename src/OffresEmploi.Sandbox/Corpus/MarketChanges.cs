namespace OffresEmploi.Sandbox.Corpus;

/// <summary>What changed in the market between two days of the same corpus: the sandbox's own answer, for tests
/// of clients that keep a copy of the market up to date.</summary>
public sealed class MarketChanges
{
    private MarketChanges(int fromDay, int toDay, string[] added, string[] vanished, string[] updated)
    {
        FromDay = fromDay;
        ToDay = toDay;
        Added = added;
        Vanished = vanished;
        Updated = updated;
    }

    /// <summary>Gets the earlier day.</summary>
    public int FromDay { get; }

    /// <summary>Gets the later day.</summary>
    public int ToDay { get; }

    /// <summary>Gets the ids online on <see cref="ToDay"/> and not on <see cref="FromDay"/> (created in between), in creation order.</summary>
    public IReadOnlyList<string> Added { get; }

    /// <summary>Gets the ids online on <see cref="FromDay"/> and not on <see cref="ToDay"/> (filled or withdrawn in
    /// between; the API no longer finds them), in creation order.</summary>
    public IReadOnlyList<string> Vanished { get; }

    /// <summary>Gets the ids online on both days and updated in between (a later <c>dateActualisation</c> and another
    /// <c>nombrePostes</c>), in creation order. Every other offer online on both days is byte for byte the same.</summary>
    public IReadOnlyList<string> Updated { get; }

    /// <summary>Compares two days of the same corpus.</summary>
    /// <param name="earlier">The corpus of the earlier day.</param>
    /// <param name="later">The corpus of the same seed, size and <see cref="CorpusOptions.Now"/> on the same day or a later one.</param>
    /// <returns>The offers added, vanished and updated from <paramref name="earlier"/> to <paramref name="later"/>.</returns>
    /// <exception cref="ArgumentException">The corpora are not two days of one market, or <paramref name="later"/> is the earlier day.</exception>
    public static MarketChanges Between(OffreCorpus earlier, OffreCorpus later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var (a, b) = (earlier.Options, later.Options);
        if (a.Seed != b.Seed || a.Size != b.Size || a.Now != b.Now)
        {
            throw new ArgumentException("The two corpora must have the same Seed, Size and Now (two days of one market).", nameof(later));
        }

        if (a.Day > b.Day)
        {
            throw new ArgumentException($"The later corpus is day {b.Day}, before the earlier one's day {a.Day}.", nameof(later));
        }

        // Both corpora hold their offers in generation order: one merge pass pairs them.
        List<string> added = [], vanished = [], updated = [];
        int i = 0, j = 0;
        while (i < earlier.Count || j < later.Count)
        {
            var ga = i < earlier.Count ? earlier.GenerationOf(i) : int.MaxValue;
            var gb = j < later.Count ? later.GenerationOf(j) : int.MaxValue;
            if (ga < gb)
            {
                vanished.Add(earlier.GetId(i++));
            }
            else if (gb < ga)
            {
                added.Add(later.GetId(j++));
            }
            else
            {
                if (earlier.GetRevision(i) != later.GetRevision(j))
                {
                    updated.Add(later.GetId(j));
                }

                i++;
                j++;
            }
        }

        return new MarketChanges(a.Day, b.Day, [.. added], [.. vanished], [.. updated]);
    }
}
