using System.Globalization;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Rendering;

/// <summary>Short salary texts ("2000-2500 €/mois") and monthly equivalents, from the SDK's <see cref="SalaryParser"/>.</summary>
internal static class SalaryText
{
    /// <summary>Formats a salary compactly: "2000-2500 €/mois", or the free text when it has no amount.</summary>
    public static string? Format(Salaire? salaire)
    {
        if (salaire is null)
        {
            return null;
        }

        var parse = SalaryParser.Parse(salaire);
        if (parse is { Status: SalaireParseStatus.Parsed, Min: { } min, PeriodUnit: { } unit })
        {
            var amount = parse.Max is { } max && max != min ? $"{Amount(min)}-{Amount(max)}" : Amount(min);
            return $"{amount} €/{unit}";
        }

        var text = (salaire.Commentaire ?? salaire.Libelle)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Reads the gross monthly equivalent: the middle of the range, annualised by the parser (hours × 151.67, months), ÷ 12.</summary>
    public static bool TryReadMonthly(Salaire? salaire, out double monthly)
    {
        monthly = 0;
        if (salaire is null)
        {
            return false;
        }

        var parse = SalaryParser.Parse(salaire);
        if (parse.AnnualMin is not { } low)
        {
            return false;
        }

        var high = parse.AnnualMax ?? low;
        monthly = (double)((low + high) / 2 / 12);
        return monthly > 0;
    }

    private static string Amount(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);
}
