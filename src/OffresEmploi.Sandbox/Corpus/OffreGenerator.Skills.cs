namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Experience, qualification, competences, permis, languages and formation.</summary>
internal static partial class OffreGenerator
{
    private static readonly byte[] ExperienceMonthChoices = [1, 2, 3, 6, 6, 12, 12, 12, 24, 24, 36, 36, 48, 60, 72, 120];
    private static readonly double[] QualificationWeights = Cumulative.Of(3, 10, 7, 7, 27, 33, 4, 5, 5);
    private static readonly double[] LangueWeights = Cumulative.Of(7, 55, 0.5, 0.5, 8, 25, 5, 0.3, 0.4, 0.5, 0.3, 1, 0.3, 0.3, 0.2, 0.3);
    private static readonly double[] NiveauWeights = Cumulative.Of(2, 1, 3, 2, 2, 30, 3, 18, 25, 9, 6);

    private static void FillExperienceAndSkills(OffreCorpus c, ref SplitMix64 rng, int i, bool partner, int rome, string romeCode)
    {
        var data = c.Data;
        var x = rng.NextDouble();
        c.ExperienceExige[i] = x < 0.47 ? (byte)0 : x < 0.55 ? (byte)1 : (byte)2;
        if (c.ExperienceExige[i] != 0 && rng.Chance(0.85))
        {
            c.ExperienceMonths[i] = ExperienceMonthChoices[rng.Next(ExperienceMonthChoices.Length)];
        }

        if (rng.Chance(partner ? 0.10 : 0.98))
        {
            c.Qualification[i] = rng.Chance(GeneratorModel.Instance.CadreShareByMetier[rome]) ? (byte)9 : (byte)(1 + rng.Pick(QualificationWeights));
        }

        var competences = data.CompetencesByRome[rome];
        if (!partner && competences.Length > 0 && rng.Chance(0.75))
        {
            var wanted = Math.Min(competences.Length, rng.Between(2, 8));
            ulong mask = 0;
            for (var k = 0; k < wanted * 3 && ulong.PopCount(mask) < (ulong)wanted; k++)
            {
                mask |= 1UL << rng.Next(competences.Length);
            }

            c.Competences[i] = mask;
        }

        var driver = romeCode.StartsWith("N41", StringComparison.Ordinal) || romeCode.StartsWith("N43", StringComparison.Ordinal);
        if (rng.Chance(driver ? 0.95 : partner ? 0.01 : 0.2))
        {
            var first = driver ? rng.Pick(DriverPermis) : rng.Chance(0.85) ? "B" : rng.Pick(OtherPermis);
            var second = rng.Chance(0.1) ? rng.Pick(OtherPermis) : null;
            c.Permis[i] = PackTwo(PermisIndex(first), second is null || second == first ? -1 : PermisIndex(second));
        }

        if (!partner && rng.Chance(0.12))
        {
            var first = rng.Pick(LangueWeights);
            var second = rng.Chance(0.15) ? rng.Pick(LangueWeights) : -1;
            c.Langues[i] = PackTwo(first, second == first ? -1 : second);
        }

        if (rng.Chance(partner ? 0.01 : 0.2))
        {
            var niveau = rng.Pick(NiveauWeights);
            var domaine = 0;
            if (data.FormationsByGrandDomaine.TryGetValue(romeCode[0], out var domaines) && rng.Chance(0.45))
            {
                domaine = 1 + rng.Next(domaines.Length);
            }

            c.Formation[i] = (ushort)((niveau + 1) | (domaine << 8));
        }
    }

    private static readonly string[] DriverPermis = ["C", "CE", "D", "C1", "B", "EC"];
    private static readonly string[] OtherPermis = ["B", "B96", "BE", "C", "CE", "A", "C1", "AM"];

    private static int PermisIndex(string code) => Array.FindIndex(Data.SandboxData.Instance.Permis, p => p.Code == code);

    private static ushort PackTwo(int first, int second) =>
        (ushort)((first + 1) | (second < 0 ? 0 : (second + 1) << 8));
}
