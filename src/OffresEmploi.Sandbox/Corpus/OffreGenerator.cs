using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Fills an <see cref="OffreCorpus"/> with plausible offers. Shares and frequencies follow the
/// real offers described in the project's API notes (§6.4: which blocks are absent, and how often).</summary>
internal static partial class OffreGenerator
{
    /// <summary>Share of partner offers (origineOffre.origine = "2").</summary>
    public const double PartnerShare = 0.30;

    private const int ParallelThreshold = 50_000;

    public static void Fill(OffreCorpus corpus)
    {
        var model = GeneratorModel.Instance;
        var codes = new ContractCodes(model);
        var seed = corpus.Options.Seed;
        if (corpus.Count < ParallelThreshold)
        {
            for (var i = 0; i < corpus.Count; i++)
            {
                FillOffer(corpus, model, codes, seed, i, i);
            }
        }
        else
        {
            // Each offer has its own random stream, so the result does not depend on the scheduling.
            Parallel.For(0, (corpus.Count + 4095) / 4096, chunk =>
            {
                var end = Math.Min(corpus.Count, (chunk + 1) * 4096);
                for (var i = chunk * 4096; i < end; i++)
                {
                    FillOffer(corpus, model, codes, seed, i, i);
                }
            });
        }

        FillDatesAndIds(corpus);
    }

    /// <summary>Whether the offer generated at <paramref name="generation"/> is a partner offer: the first draw of
    /// <see cref="FillOffer"/>, known without drawing the rest.</summary>
    public static bool DrawsPartner(int seed, int generation)
    {
        var rng = SplitMix64.For(seed, generation, 1);
        return rng.Chance(PartnerShare);
    }

    /// <summary>Draws the attributes of the offer generated at <paramref name="generation"/> into slot <paramref name="i"/>
    /// (the same on day 0, where the corpus keeps every offer it generated).</summary>
    private static void FillOffer(OffreCorpus c, GeneratorModel model, ContractCodes codes, int seed, int i, int generation)
    {
        var data = model.Data;
        var rng = SplitMix64.For(seed, generation, 1);
        var partner = rng.Chance(PartnerShare);
        c.Partner[i] = partner ? (byte)(1 + rng.Pick(model.PartnerWeights)) : (byte)0;

        var letter = rng.Pick(model.LetterWeights);
        var appellation = model.AppellationsByLetter[letter][rng.Pick(model.AppellationWeightsByLetter[letter])];
        c.Appellation[i] = (ushort)appellation;
        c.IntituleVariant[i] = (byte)rng.Pick(IntituleVariantWeights);
        var rome = data.AppellationRome[appellation];
        var romeCode = data.Metiers[rome].Code;

        var commune = model.CommuneCandidates[rng.Pick(model.CommuneWeights)];
        c.Commune[i] = (ushort)commune;
        c.PostalChoice[i] = (byte)rng.Next(Math.Min(data.Communes.CodesPostaux[commune].Length, 255));
        var lieu = rng.NextDouble();
        c.LieuMode[i] = partner ? (lieu < 0.03 ? (byte)1 : lieu < 0.055 ? (byte)2 : (byte)0) : (lieu < 0.005 ? (byte)1 : (byte)0);

        FillContract(c, codes, ref rng, i, partner, romeCode, rome);
        FillExperienceAndSkills(c, ref rng, i, partner, rome, romeCode);
        FillSalary(c, codes, ref rng, i, partner, romeCode);
        FillEmployer(c, codes, ref rng, i, partner, romeCode);
    }

    private static readonly double[] IntituleVariantWeights = Cumulative.Of(45, 15, 10, 22, 8);

    private static void FillEmployer(OffreCorpus c, ContractCodes codes, ref SplitMix64 rng, int i, bool partner, string romeCode)
    {
        var data = SandboxData.Instance;
        if (rng.Chance(partner ? 0.28 : 0.97))
        {
            var naf = c.TypeContrat[i] == codes.Mis && rng.Chance(0.7)
                ? codes.InterimNaf
                : rng.Pick(data.NafsByGrandDomaine[romeCode[0]]);
            c.Naf[i] = (ushort)(naf + 1);
        }

        ushort flags = c.Flags[i];
        if (!partner || rng.Chance(0.93))
        {
            flags |= OffreFlags.AccessibleTHPresent;
            if (rng.Chance(0.08))
            {
                flags |= OffreFlags.AccessibleTH;
            }
        }

        if (rng.Chance(0.015))
        {
            flags |= OffreFlags.EntrepriseAdaptee;
        }

        if (rng.Chance(0.04))
        {
            flags |= OffreFlags.EmployeurHandiEngage;
        }

        if (!partner && rng.Chance(0.99))
        {
            flags |= OffreFlags.OffresManqueCandidatsPresent;
            if (rng.Chance(0.12))
            {
                flags |= OffreFlags.OffresManqueCandidats;
            }
        }

        if (!partner && rng.Chance(0.03))
        {
            flags |= OffreFlags.OffresMrs;
        }

        c.Flags[i] = flags;
    }
}
