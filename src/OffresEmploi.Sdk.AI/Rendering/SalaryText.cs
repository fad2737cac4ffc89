using System.Globalization;
using System.Text.RegularExpressions;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Rendering;

/// <summary>Reads <c>salaire.libelle</c> ("Mensuel de 2000.0 Euros à 2500.0 Euros sur 12.0 mois") into amounts and a short text.</summary>
internal static partial class SalaryText
{
    /// <summary>Legal full-time hours per month in France (35 h × 52 / 12), to compare hourly pay.</summary>
    public const double HoursPerMonth = 151.67;

    /// <summary>Formats a salary compactly: "2000-2500 €/mois", or the free comment when there is no amount.</summary>
    public static string? Format(Salaire? salaire)
    {
        if (salaire is null)
        {
            return null;
        }

        if (TryRead(salaire, out var reading))
        {
            var amount = reading.Max is { } max && max != reading.Min
                ? $"{Amount(reading.Min)}-{Amount(max)}"
                : Amount(reading.Min);
            return $"{amount} €/{reading.Unit}";
        }

        var comment = (salaire.Commentaire ?? salaire.Libelle)?.Trim();
        return string.IsNullOrEmpty(comment) ? null : comment;
    }

    /// <summary>Reads the gross monthly equivalent (the middle of a range; yearly ÷ 12; hourly × 151.67).</summary>
    public static bool TryReadMonthly(Salaire? salaire, out double monthly)
    {
        monthly = 0;
        if (salaire is null || !TryRead(salaire, out var reading))
        {
            return false;
        }

        var middle = reading.Max is { } max ? (reading.Min + max) / 2 : reading.Min;
        monthly = reading.Unit switch
        {
            "an" => middle / 12,
            "h" => middle * HoursPerMonth,
            _ => middle,
        };
        return monthly > 0;
    }

    private static bool TryRead(Salaire salaire, out (double Min, double? Max, string Unit) reading)
    {
        reading = default;
        var match = salaire.Libelle is { } libelle ? Libelle().Match(libelle) : Match.Empty;
        if (!match.Success || !TryNumber(match.Groups["min"].Value, out var min))
        {
            return false;
        }

        double? max = match.Groups["max"].Success && TryNumber(match.Groups["max"].Value, out var high) ? high : null;
        var unit = match.Groups["period"].Value.ToUpperInvariant() switch
        {
            "ANNUEL" => "an",
            "HORAIRE" => "h",
            "MENSUEL" => "mois",
            _ => null,
        };
        if (unit is null)
        {
            return false;
        }

        reading = (min, max, unit);
        return true;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string Amount(double value) =>
        value == Math.Floor(value) ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<period>Annuel|Mensuel|Horaire)\s+de\s+(?<min>[\d\s.,]+?)\s*Euros(?:\s+à\s+(?<max>[\d\s.,]+?)\s*Euros)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Libelle();
}
