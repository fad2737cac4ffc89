namespace OffresEmploi.Sandbox.Corpus;

/// <summary>The offers created on the market's days after <see cref="CorpusOptions.Now"/>.</summary>
internal static partial class OffreGenerator
{
    /// <summary>Plans the offers created on days 1 to <paramref name="day"/> in creation order, as the day-0 generator
    /// would have gone on: creation instants from the hourly weights, ids continuing after the last ones of
    /// <paramref name="origin"/>, generation indices after its last. Returns those still online on <paramref name="day"/>.</summary>
    /// <remarks>Day d's offers depend only on days 1 to d, so every later day plans the same ones.</remarks>
    public static List<NewOffre> PlanNewOffers(OffreCorpus origin, MarketDays days, int day)
    {
        var seed = origin.Options.Seed;
        var generation = origin.Count;
        var ftNumber = origin.LastFranceTravailNumber;
        var partnerNumber = origin.LastPartnerNumber;
        var previous = days.NowMs;
        var online = new List<NewOffre>();
        for (var d = 1; d <= day; d++)
        {
            var count = days.NewOffers(d);
            var rng = SplitMix64.For(seed, d, 3);
            for (var j = 0; j < count; j++, generation++)
            {
                // Stratified over the day's hourly weights, as day 0 is over its window: non-decreasing with j.
                var partner = DrawsPartner(seed, generation);
                var seconds = days.At(d, (j + rng.NextDouble()) / count) / 1000 * 1000;
                var created = partner || rng.Chance(0.04) ? seconds : seconds + rng.Next(1000);
                created = previous = Math.Clamp(created, Math.Max(previous, days.DayStartMs(d) + 1), days.DayEndMs(d));
                int number;
                if (partner)
                {
                    number = partnerNumber += 1 + rng.Next(3);
                }
                else
                {
                    number = ftNumber += 1 + rng.Next(4);
                }

                if (OffreLifecycle.VanishDay(seed, generation, created, days.NowMs) > day)
                {
                    online.Add(new NewOffre(generation, d, created, partner, number));
                }
            }
        }

        if (ftNumber >= OffreIds.FranceTravailLimit || partnerNumber >= OffreIds.PartnerLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(origin), "The market has outgrown the API's 7-character ids.");
        }

        return online;
    }

    /// <summary>Draws the planned offers into slots <paramref name="firstSlot"/> onwards, exactly as day 0 draws an
    /// offer of the same generation index, then sets their dates and ids.</summary>
    public static void FillNewOffers(OffreCorpus c, int firstSlot, List<NewOffre> offers, MarketDays days)
    {
        var model = GeneratorModel.Instance;
        var codes = new ContractCodes(model);
        var seed = c.Options.Seed;
        void Fill(int k)
        {
            var slot = firstSlot + k;
            var offre = offers[k];
            FillOffer(c, model, codes, seed, slot, offre.Generation);
            c.Generation![slot] = offre.Generation;
            c.CreationMs[slot] = offre.CreatedMs;
            c.IdNumber[slot] = offre.IdNumber;
            c.ActualisationSeconds[slot] = -1;
            if (!offre.Partner || (c.Flags[slot] & OffreFlags.AccessibleTHPresent) != 0)
            {
                // Capped at the end of its creation day, so that the offer is the same on every later day.
                var rng = SplitMix64.For(seed, offre.Generation, 4);
                var room = (int)((days.DayEndMs(offre.Day) - offre.CreatedMs) / 1000);
                c.ActualisationSeconds[slot] = Math.Min(ActualisationDelay(ref rng, offre.Partner), room);
            }
        }

        if (offers.Count < ParallelThreshold)
        {
            for (var k = 0; k < offers.Count; k++)
            {
                Fill(k);
            }
        }
        else
        {
            Parallel.For(0, offers.Count, Fill);
        }
    }

    /// <summary>An offer created after <see cref="CorpusOptions.Now"/>, before its attributes are drawn.</summary>
    /// <param name="Generation">Its generation index (after the day-0 corpus' last).</param>
    /// <param name="Day">The day it was created on.</param>
    /// <param name="CreatedMs">Its creation instant.</param>
    /// <param name="Partner">Whether it is a partner offer.</param>
    /// <param name="IdNumber">The number its id is made of.</param>
    internal readonly record struct NewOffre(int Generation, int Day, long CreatedMs, bool Partner, int IdNumber);
}
