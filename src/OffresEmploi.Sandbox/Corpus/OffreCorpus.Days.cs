namespace OffresEmploi.Sandbox.Corpus;

/// <summary>The market on a day after <see cref="CorpusOptions.Now"/> (<see cref="CorpusOptions.Day"/> above 0).</summary>
public sealed partial class OffreCorpus
{
    /// <summary>Day 0's offers still online, then the offers created since that are still online, both in creation
    /// order; every kept offer has its day-0 (or creation) attributes, unless updated since.</summary>
    private static OffreCorpus BuildDay(CorpusOptions options)
    {
        var day = options.Day;
        var origin = Build(options with { Day = 0 });
        var days = new MarketDays(options, day);
        var seed = options.Seed;
        var survivors = new List<int>(origin.Count);
        for (var i = 0; i < origin.Count; i++)
        {
            if (OffreLifecycle.VanishDay(seed, i, origin.CreationMs[i], days.NowMs) > day)
            {
                survivors.Add(i);
            }
        }

        var newcomers = OffreGenerator.PlanNewOffers(origin, days, day);
        var corpus = new OffreCorpus(options, survivors.Count + newcomers.Count)
        {
            Generation = new int[survivors.Count + newcomers.Count],
            Revision = new byte[survivors.Count + newcomers.Count],
        };
        corpus.CopySurvivors(origin, [.. survivors]);
        OffreGenerator.FillNewOffers(corpus, survivors.Count, newcomers, days);
        corpus.ApplyUpdates(days);
        corpus.IndexIds();
        return corpus;
    }

    /// <summary>Copies every column of the offers at <paramref name="indices"/> of <paramref name="origin"/> to the first slots.</summary>
    private void CopySurvivors(OffreCorpus origin, int[] indices)
    {
        Gather(origin.CreationMs, CreationMs, indices);
        Gather(origin.ActualisationSeconds, ActualisationSeconds, indices);
        Gather(origin.IdNumber, IdNumber, indices);
        Gather(origin.Commune, Commune, indices);
        Gather(origin.PostalChoice, PostalChoice, indices);
        Gather(origin.LieuMode, LieuMode, indices);
        Gather(origin.Appellation, Appellation, indices);
        Gather(origin.IntituleVariant, IntituleVariant, indices);
        Gather(origin.TypeContrat, TypeContrat, indices);
        Gather(origin.NatureContrat, NatureContrat, indices);
        Gather(origin.ExperienceExige, ExperienceExige, indices);
        Gather(origin.ExperienceMonths, ExperienceMonths, indices);
        Gather(origin.Qualification, Qualification, indices);
        Gather(origin.ContractDuration, ContractDuration, indices);
        Gather(origin.WeeklyMinutes, WeeklyMinutes, indices);
        Gather(origin.TempsMode, TempsMode, indices);
        Gather(origin.SalaryPeriod, SalaryPeriod, indices);
        Gather(origin.SalaryMin, SalaryMin, indices);
        Gather(origin.SalaryMax, SalaryMax, indices);
        Gather(origin.SalaryStyle, SalaryStyle, indices);
        Gather(origin.Partner, Partner, indices);
        Gather(origin.Naf, Naf, indices);
        Gather(origin.Competences, Competences, indices);
        Gather(origin.Permis, Permis, indices);
        Gather(origin.Langues, Langues, indices);
        Gather(origin.Formation, Formation, indices);
        Gather(origin.Flags, Flags, indices);
        indices.CopyTo(Generation!, 0);
    }

    private static void Gather<T>(T[] from, T[] to, int[] indices)
    {
        for (var s = 0; s < indices.Length; s++)
        {
            to[s] = from[indices[s]];
        }
    }

    /// <summary>Counts each offer's updates since it appeared and moves its dateActualisation to the last one.</summary>
    private void ApplyUpdates(MarketDays days)
    {
        var seed = Options.Seed;
        var day = Options.Day;
        void Apply(int i)
        {
            // Day 0's offers can be updated from day 1, later ones from the day after their creation.
            var createdOn = CreationMs[i] <= days.NowMs ? 0 : (int)((CreationMs[i] - days.NowMs + OffreLifecycle.DayMs - 1) / OffreLifecycle.DayMs);
            var (count, lastMs) = OffreLifecycle.Updates(seed, GenerationOf(i), createdOn + 1, day, days);
            if (count > 0)
            {
                Revision![i] = count;
                ActualisationSeconds[i] = (int)((lastMs - CreationMs[i]) / 1000);
            }
        }

        if (Count * (long)day < 2_000_000)
        {
            for (var i = 0; i < Count; i++)
            {
                Apply(i);
            }
        }
        else
        {
            Parallel.For(0, Count, Apply);
        }
    }

    /// <summary>Sorts the slots by origin, in id order (ids grow with creation within an origin).</summary>
    private void IndexIds()
    {
        var ft = new List<int>(Count);
        var partners = new List<int>(Count / 3);
        for (var i = 0; i < Count; i++)
        {
            (Partner[i] != 0 ? partners : ft).Add(i);
        }

        FranceTravailOrder = [.. ft];
        PartnerOrder = [.. partners];
    }
}
