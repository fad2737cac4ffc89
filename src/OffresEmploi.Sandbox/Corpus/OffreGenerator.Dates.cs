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
        for (var i = 0; i < n; i++)
        {
            // Stratified draw, denser towards "now" (older offers are filled and withdrawn).
            var q = (i + rng.NextDouble()) / n;
            var t = start + (long)(span * Math.Pow(q, 0.8));
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
}
