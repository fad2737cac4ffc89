using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Search;

/// <summary>
/// The <c>salaireMin</c> + <c>periodeSalaire</c> rule of the sandbox: the offer's lowest stated amount (the "de"
/// amount of its salaire.libelle), converted into the requested period, must be at least <c>salaireMin</c>.
/// Conversions: a month is 151.67 hours; a year is 12 months, or the "sur N mois" count for monthly amounts.
/// Cachet amounts only compare with <c>periodeSalaire=C</c>. Offers whose salary has no libelle never match.
/// </summary>
internal static class SalaryRule
{
    public const double HoursPerMonth = 151.67;

    /// <summary>Period codes, in the order of <see cref="OffreCorpus.SalaryPeriod"/> (1-based).</summary>
    public static readonly string[] PeriodCodes = ["M", "A", "H", "C"];

    public static bool Meets(OffreCorpus c, int i, int queryPeriod, double salaireMin)
    {
        var period = c.SalaryPeriod[i];
        if (period == 0)
        {
            return false;
        }

        var amount = Math.Round((double)c.SalaryMin[i], 2);
        var months = (c.Flags[i] & OffreFlags.ThirteenMonths) != 0 ? 13 : 12;
        double? value = (queryPeriod, period) switch
        {
            (4, 4) => amount,
            (4, _) or (_, 4) => null,
            (1, 1) => amount,
            (1, 2) => amount / 12,
            (1, 3) => amount * HoursPerMonth,
            (2, 1) => amount * months,
            (2, 2) => amount,
            (2, 3) => amount * HoursPerMonth * 12,
            (3, 1) => amount / HoursPerMonth,
            (3, 2) => amount / 12 / HoursPerMonth,
            _ => amount,
        };
        return value is { } v && v >= salaireMin - 1e-9;
    }
}
