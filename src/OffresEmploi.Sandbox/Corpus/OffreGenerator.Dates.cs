namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Creation dates (in index order) and ids (growing with time, per origin).</summary>
internal static partial class OffreGenerator
{
    /// <summary>How far back creation dates go from <see cref="CorpusOptions.Now"/>.</summary>
    public static readonly TimeSpan CreationWindow = TimeSpan.FromDays(90);

    /// <summary>The density of creation dates at the oldest and at the newest end of the window, relative to the
    /// average: offers of 90 days ago are 0.6 / 1.4 as many as today's, the rest having been filled or withdrawn.
    /// The market's later days (<see cref="OffreLifecycle"/>) take their rates from these two numbers.</summary>
    internal const double OldestRecency = 0.6;

    internal const double RecencyRise = 0.8;

    internal const double NewestRecency = OldestRecency + RecencyRise;

    private static void FillDatesAndIds(OffreCorpus c)
    {
        var n = c.Count;
        var seed = c.Options.Seed;
        var now = c.Options.Now.ToUnixTimeMilliseconds();
        var span = (long)CreationWindow.TotalMilliseconds;
        var start = now - span;
        var previous = start;
        var ft = new List<int>(n);
        var partners = new List<int>(n / 3);
        var rng = SplitMix64.For(seed, 0, 2);
        var ftNumber = (189 * OffreIds.LetterSpace) + rng.Next(OffreIds.LetterSpace);
        var partnerNumber = 500_000 + rng.Next(100_000);
        var hours = HourlyShares(start, (int)(span / 3_600_000));
        for (var i = 0; i < n; i++)
        {
            // Stratified draw through the cumulative hourly shares: non-decreasing with i.
            var x = (i + rng.NextDouble()) / n * hours[^1];
            var hour = Array.BinarySearch(hours, x);
            hour = hour < 0 ? ~hour : hour;
            var before = hour == 0 ? 0 : hours[hour - 1];
            var within = (x - before) / (hours[hour] - before);
            var t = start + (hour * 3_600_000L) + (long)(within * 3_600_000);
            var seconds = t / 1000 * 1000;
            var partner = c.Partner[i] != 0;

            // France Travail offers carry milliseconds; partner offers are stamped ".000Z".
            var created = partner || rng.Chance(0.04) ? seconds : seconds + rng.Next(1000);
            created = Math.Clamp(created, previous, now - 1000);
            c.CreationMs[i] = previous = created;

            if (!partner || (c.Flags[i] & OffreFlags.AccessibleTHPresent) != 0)
            {
                var room = (int)Math.Min(int.MaxValue, (now - created) / 1000);
                c.ActualisationSeconds[i] = Math.Min(ActualisationDelay(ref rng, partner), room);
            }
            else
            {
                c.ActualisationSeconds[i] = -1;
            }

            if (partner)
            {
                partnerNumber += 1 + rng.Next(3);
                c.IdNumber[i] = partnerNumber;
                partners.Add(i);
            }
            else
            {
                ftNumber += 1 + rng.Next(4);
                c.IdNumber[i] = ftNumber;
                ft.Add(i);
            }
        }

        if (ftNumber >= OffreIds.FranceTravailLimit || partnerNumber >= OffreIds.PartnerLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(c), "The corpus is too large for the API's 7-character ids.");
        }

        c.FranceTravailOrder = [.. ft];
        c.PartnerOrder = [.. partners];
        c.LastFranceTravailNumber = ftNumber;
        c.LastPartnerNumber = partnerNumber;
    }

    /// <summary>Seconds from creation to dateActualisation: partner offers are often stamped again within seconds,
    /// others within days (exponential, mean two days).</summary>
    private static int ActualisationDelay(ref SplitMix64 rng, bool partner) =>
        partner && rng.Chance(0.6) ? rng.Between(1, 20) : (int)(-Math.Log(1 - rng.NextDouble()) * 86_400 * 2);

    /// <summary>Cumulative share of offers created in each hour of the window: mostly on weekdays during
    /// office hours (French time, taken as UTC+1), fewer at night and at weekends, and more in recent weeks
    /// (older offers have been filled and withdrawn).</summary>
    internal static double[] HourlyShares(long startMs, int hourCount)
    {
        var cumulative = new double[hourCount];
        var sum = 0.0;
        for (var h = 0; h < hourCount; h++)
        {
            var recency = OldestRecency + (RecencyRise * h / hourCount);
            sum += HourWeight(startMs + (h * 3_600_000L)) * recency;
            cumulative[h] = sum;
        }

        return cumulative;
    }

    /// <summary>The weight of the hour starting at <paramref name="hourStartMs"/>: office hours on weekdays 1, early
    /// mornings and evenings 0.35, nights 0.06; a quarter of that at weekends.</summary>
    internal static double HourWeight(long hourStartMs)
    {
        var local = DateTimeOffset.FromUnixTimeMilliseconds(hourStartMs).ToOffset(TimeSpan.FromHours(1));
        var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var daytime = local.Hour is >= 8 and < 19 ? 1.0 : local.Hour is >= 6 and < 22 ? 0.35 : 0.06;
        return daytime * (weekend ? 0.25 : 1.0);
    }
}
