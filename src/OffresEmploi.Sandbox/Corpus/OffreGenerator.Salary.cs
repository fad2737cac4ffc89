namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Salaries: amounts consistent with the qualification, written in the API's various formats.</summary>
internal static partial class OffreGenerator
{
    /// <summary>The minimum wage the amounts are built on (SMIC 2025: 11.88 €/h, 1801.80 €/month).</summary>
    public const double SmicHoraire = 11.88;

    public const double SmicMensuel = 1801.80;

    private static readonly double[] QualificationFactor = [1.1, 1.0, 1.03, 1.08, 1.15, 1.0, 1.08, 1.3, 1.45, 2.1];

    private static void FillSalary(OffreCorpus c, ContractCodes codes, ref SplitMix64 rng, int i, bool partner, string romeCode)
    {
        // Style: 0 "2000.0 Euros sur 12.0 mois", 1 "1810.00 Euros sur 12 mois", 2 "2000,00 Euros" (no "sur"),
        // 3 "11.88 Euros" (no "sur"); 4 commentaire only (no libelle); 5 empty object.
        var x = rng.NextDouble();
        byte style = partner
            ? x < 0.58 ? (byte)5 : x < 0.68 ? (byte)4 : x < 0.9 ? (byte)2 : (byte)0
            : x < 0.025 ? (byte)4 : x < 0.03 ? (byte)5 : x < 0.8 ? (byte)0 : x < 0.88 ? (byte)1 : x < 0.94 ? (byte)3 : (byte)2;
        c.SalaryStyle[i] = style;
        if (style >= 4)
        {
            return;
        }

        var type = c.TypeContrat[i];
        var qualification = c.Qualification[i];
        // Experience is paid: 3 % per year asked for, up to 30 %.
        var experience = 1 + (0.03 * Math.Min(10, c.ExperienceMonths[i] / 12));
        var monthly = SmicMensuel * QualificationFactor[qualification] * experience * (1 + (0.35 * rng.NextDouble() * rng.NextDouble()));
        byte period;
        if (romeCode[0] == 'L' && rng.Chance(0.4))
        {
            period = 4;
        }
        else if ((type == codes.Mis || type == codes.Sai) && rng.Chance(0.45))
        {
            period = 3;
        }
        else if (qualification >= 7 && rng.Chance(0.6))
        {
            period = 2;
        }
        else
        {
            period = rng.Chance(0.06) ? (byte)3 : (byte)1;
        }

        var ranged = rng.Chance(0.55);
        var spread = 1 + (0.05 + (0.25 * rng.NextDouble()));
        double min;
        double max;
        switch (period)
        {
            case 2:
                min = Math.Round(monthly * 12 / 1000) * 1000;
                max = ranged ? Math.Round(min * spread / 1000) * 1000 : 0;
                break;
            case 3:
                min = Math.Max(SmicHoraire, Math.Round(monthly / 151.67, 2));
                max = ranged ? Math.Round(min * spread, 2) : 0;
                break;
            case 4:
                min = rng.Between(8, 40) * 10;
                max = ranged ? min + (rng.Between(1, 10) * 10) : 0;
                break;
            default:
                min = Math.Max(SmicMensuel, Math.Round(monthly / 10) * 10);
                max = ranged ? Math.Round(min * spread / 50) * 50 : 0;
                break;
        }

        c.SalaryPeriod[i] = period;
        c.SalaryMin[i] = (float)min;
        c.SalaryMax[i] = max > min ? (float)max : 0f;
        // Only the "sur N mois" styles can show a 13-month year.
        if (period == 1 && style < 2 && rng.Chance(0.08))
        {
            c.Flags[i] |= OffreFlags.ThirteenMonths;
        }
    }
}
