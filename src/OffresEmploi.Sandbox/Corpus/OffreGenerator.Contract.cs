namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Contract type, nature, length and working time.</summary>
internal static partial class OffreGenerator
{
    private static readonly byte[] MonthChoices = [1, 2, 3, 4, 5, 6, 6, 6, 7, 8, 9, 10, 12, 12, 18, 24];

    private static void FillContract(OffreCorpus c, ContractCodes codes, ref SplitMix64 rng, int i, bool partner, string romeCode, int rome)
    {
        var model = GeneratorModel.Instance;
        var type = (byte)rng.Pick(model.TypeContratWeightsByMetier[rome]);
        if (romeCode[0] == 'G' && type == codes.Cdd && rng.Chance(0.3))
        {
            type = codes.Sai;
        }

        c.TypeContrat[i] = type;
        byte nature;
        if (codes.IsNonSalarie(type))
        {
            nature = codes.Ns;
        }
        else if (type == codes.Ddi || type == codes.Tti)
        {
            nature = codes.I1;
        }
        else
        {
            var x = rng.NextDouble();
            nature = (type == codes.Cdi || type == codes.Cdd) && x < 0.05 ? codes.E2
                : (type == codes.Cdi || type == codes.Cdd) && x < 0.07 ? codes.Fs
                : type == codes.Cdd && x < 0.085 ? codes.Cu
                : type == codes.Cdi && x < 0.08 ? codes.Cc
                : type == codes.Cdd && romeCode[0] == 'G' && x < 0.09 ? codes.Ee
                : romeCode[0] == 'L' && x < 0.3 ? codes.Ci
                : type == codes.Cdi && romeCode[0] == 'M' && x < 0.09 ? codes.Ps
                : codes.E1;
        }

        c.NatureContrat[i] = nature;
        if (codes.HasDuration(type))
        {
            if (type != codes.Sai && rng.Chance(0.15))
            {
                c.ContractDuration[i] = (byte)rng.Between(2, 29);
                c.Flags[i] |= OffreFlags.DurationInDays;
            }
            else
            {
                c.ContractDuration[i] = type == codes.Sai ? (byte)rng.Between(2, 9) : MonthChoices[rng.Next(MonthChoices.Length)];
            }
        }

        // Working time is stated on nearly every France Travail offer and rarely on partner ones.
        if (rng.Chance(partner ? 0.07 : 0.985))
        {
            var x = rng.NextDouble();
            if (x < 0.84)
            {
                c.TempsMode[i] = 1;
                var hours = x < 0.55 ? 35 : x < 0.68 ? 39 : rng.Between(36, 43);
                c.WeeklyMinutes[i] = (ushort)((hours * 60) + (rng.Chance(0.05) ? 30 : 0));
            }
            else
            {
                c.TempsMode[i] = 2;
                c.WeeklyMinutes[i] = (ushort)((rng.Between(6, 32) * 60) + (rng.Chance(0.15) ? rng.Between(1, 5) * 10 : 0));
            }
        }
    }
}
