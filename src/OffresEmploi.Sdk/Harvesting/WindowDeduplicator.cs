using System.Runtime.InteropServices;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Harvesting;

/// <summary>
/// The dedup part of a harvest: remembers the ids yielded in the current date window, with their creation second, and
/// drops an offer that comes back (window overlaps, re-walks, a resumed window).
/// </summary>
/// <remarks>
/// Memory stays at one window's ids whatever the size of the set: when the walk moves to an older window, ids that
/// cannot come back in it are forgotten (<see cref="Forget"/>).
/// </remarks>
internal sealed class WindowDeduplicator
{
    // An id restored from a checkpoint: its second is unknown until its offer comes back.
    private const long RestoredSecond = long.MaxValue;

    private Dictionary<string, long> _seen = new(StringComparer.Ordinal);

    /// <summary>Gets the ids remembered, for a checkpoint.</summary>
    public IReadOnlyList<string> Ids => [.. _seen.Keys];

    /// <summary>Returns the offers of <paramref name="offres"/> not yielded before, and remembers them.</summary>
    /// <param name="offres">A page's offers.</param>
    /// <param name="duplicates">How many were dropped.</param>
    public List<Offre> Fresh(IReadOnlyList<Offre> offres, out int duplicates)
    {
        duplicates = 0;
        var fresh = new List<Offre>(offres.Count);
        foreach (var offre in offres)
        {
            if (offre.Id is { } id)
            {
                var second = CreationSecond.Of(offre);
                ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_seen, id, out var exists);
                if (exists)
                {
                    if (seen == RestoredSecond)
                    {
                        seen = second;
                    }

                    duplicates++;
                    continue;
                }

                seen = second;
            }

            fresh.Add(offre);
        }

        return fresh;
    }

    /// <summary>Forgets the ids of offers created after <paramref name="keepUpToTicks"/> (and restored ids whose second is still unknown).</summary>
    public void Forget(long keepUpToTicks) =>
        _seen = _seen.Where(p => p.Value <= keepUpToTicks).ToDictionary(StringComparer.Ordinal);

    /// <summary>Forgets every id.</summary>
    public void Clear() => _seen.Clear();

    /// <summary>Remembers the ids of a checkpoint; their seconds are learnt when their offers come back.</summary>
    public void Restore(IEnumerable<string> ids) =>
        _seen = ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => RestoredSecond, StringComparer.Ordinal);
}
