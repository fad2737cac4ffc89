namespace OffresEmploi.Sandbox.Corpus;

/// <summary>
/// When an offer vanishes (filled or withdrawn) and on which days it is updated, on the market's days after
/// <see cref="CorpusOptions.Now"/>. Each answer is a pure function of the seed and the offer's generation index, so
/// it is the same whatever day is built.
/// </summary>
/// <remarks>
/// The day-0 corpus is denser in recent weeks: offers of 90 days ago are <see cref="OffreGenerator.OldestRecency"/> /
/// <see cref="OffreGenerator.NewestRecency"/> (3/7) as many as today's, because the others are gone. Read as a
/// survival curve, an offer is still online at age a (days) with probability S(a) = 1 - (4/7)·a/90, and none is left at
/// 90 days (the window of the corpus). With offers created at today's rate, that curve keeps the market's size steady:
/// it is the rule vanishing follows. The daily chance of vanishing grows with age, from 0.6 % for a new offer to
/// 1.5 % at 89 days, then expiry; over the whole market about 1.6 % of the offers go each day, as many as are created.
/// </remarks>
internal static class OffreLifecycle
{
    /// <summary>The share of live offers updated on a given day (a new dateActualisation and more posts).</summary>
    public const double DailyUpdateShare = 0.05;

    public const long DayMs = 86_400_000;

    /// <summary>The share of an offer's chances lost, linearly, over the 90 days of <see cref="Lifetime"/> (4/7): the rest
    /// (3/7) expires at 90 days.</summary>
    private const double LostOverLifetime = OffreGenerator.RecencyRise / OffreGenerator.NewestRecency;

    private const int VanishSalt = 5;

    /// <summary>Salt of the update draw of day d: <c>UpdateSalt + d</c> (below 2^16, which is what the salt keeps).</summary>
    private const int UpdateSalt = 1000;

    private static readonly double Lifetime = OffreGenerator.CreationWindow.TotalMilliseconds;

    /// <summary>The first day (1 or more) on which the offer is no longer online.</summary>
    /// <param name="seed">The corpus seed.</param>
    /// <param name="generation">The offer's generation index.</param>
    /// <param name="createdMs">Its creation instant.</param>
    /// <param name="nowMs">The corpus' <see cref="CorpusOptions.Now"/>.</param>
    /// <returns>The day; the offer is online on the days before it (from its creation).</returns>
    public static int VanishDay(int seed, int generation, long createdMs, long nowMs)
    {
        // Inverse draw on the survival curve, conditioned on being online at Now (or at creation, for later offers).
        var u = 1 - SplitMix64.For(seed, generation, VanishSalt).NextDouble();   // (0, 1]
        var ageAtStart = Math.Max(0, nowMs - createdMs);
        var survivalAtStart = 1 - (LostOverLifetime * ageAtStart / Lifetime);
        var ageAtEnd = Math.Min(Lifetime, (1 - (u * survivalAtStart)) * Lifetime / LostOverLifetime);
        var day = Math.Ceiling((createdMs + ageAtEnd - nowMs) / DayMs);
        return (int)Math.Clamp(day, 1, int.MaxValue);
    }

    /// <summary>Counts the updates of an offer on days <paramref name="firstDay"/> to <paramref name="day"/> and gives the last one's time.</summary>
    /// <param name="seed">The corpus seed.</param>
    /// <param name="generation">The offer's generation index.</param>
    /// <param name="firstDay">The first day it can be updated: the day after it appeared.</param>
    /// <param name="day">The day built.</param>
    /// <param name="days">Gives the update instant of a day.</param>
    /// <returns>The number of updates (saturating at 255) and the last update's instant (0 when none).</returns>
    public static (byte Count, long LastMs) Updates(int seed, int generation, int firstDay, int day, MarketDays days)
    {
        var count = 0;
        var last = 0L;
        for (var d = firstDay; d <= day; d++)
        {
            var rng = SplitMix64.For(seed, generation, UpdateSalt + d);
            if (rng.Chance(DailyUpdateShare))
            {
                count++;
                last = days.At(d, rng.NextDouble());
            }
        }

        return ((byte)Math.Min(count, byte.MaxValue), last);
    }
}
