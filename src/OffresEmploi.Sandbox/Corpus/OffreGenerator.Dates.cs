namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Creation dates (in index order) and ids (growing with time, per origin).</summary>
internal static partial class OffreGenerator
{
    /// <summary>How far back creation dates go from <see cref="CorpusOptions.Now"/>.</summary>
    public static readonly TimeSpan CreationWindow = TimeSpan.FromDays(90);

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
                var delta = partner && rng.Chance(0.6) ? rng.Between(1, 20) : (int)(-Math.Log(1 - rng.NextDouble()) * 86_400 * 2);
                c.ActualisationSeconds[i] = Math.Min(delta, room);
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
    }

    /// <summary>Cumulative share of offers created in each hour of the window: mostly on weekdays during
    /// office hours (French time, taken as UTC+1), fewer at night and at weekends, and more in recent weeks
    /// (older offers have been filled and withdrawn).</summary>
    private static double[] HourlyShares(long startMs, int hourCount)
    {
        var cumulative = new double[hourCount];
        var sum = 0.0;
        for (var h = 0; h < hourCount; h++)
        {
            var local = DateTimeOffset.FromUnixTimeMilliseconds(startMs + (h * 3_600_000L)).ToOffset(TimeSpan.FromHours(1));
            var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var daytime = local.Hour is >= 8 and < 19 ? 1.0 : local.Hour is >= 6 and < 22 ? 0.35 : 0.06;
            var recency = 0.6 + (0.8 * h / hourCount);
            sum += daytime * (weekend ? 0.25 : 1.0) * recency;
            cumulative[h] = sum;
        }

        return cumulative;
    }
}
