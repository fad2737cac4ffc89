using System.Globalization;
using System.Text.RegularExpressions;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>
/// Reads amounts, period and number of months from an offer's salary texts, returning
/// <see cref="SalaireParseStatus.Unparsed"/> rather than guessing.
/// </summary>
/// <remarks>
/// <para>
/// <c>salaire.libelle</c> is written by France Travail in two known layouts: "Annuel de 25000.0 Euros à 35000.0
/// Euros sur 12.0 mois" (current) and "Mensuel de 1710,00 Euros sur 12 mois" (older, comma decimals); the range
/// and the months are optional. It is read first.
/// </para>
/// <para>
/// <c>salaire.commentaire</c> is the recruiter's free text. It is read only when the libelle gives nothing, and
/// only when it states both an amount with a currency and a period ("35 - 45 k€ brut annuel"). Texts with an
/// amount but no period ("2000 € net"), or several periods, stay unparsed.
/// </para>
/// </remarks>
public static partial class SalaryParser
{
    private const string Number = @"\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";

    /// <summary>Reads an offer's <c>salaire</c>: the libelle, then the commentaire if the libelle gave nothing.</summary>
    /// <param name="salaire">The offer's <see cref="Salaire"/>; null gives <see cref="SalaireParse.Unparsed"/>.</param>
    /// <returns>The result.</returns>
    public static SalaireParse Parse(Salaire? salaire) => Parse(salaire?.Libelle, salaire?.Commentaire);

    /// <summary>Reads the libelle, then the commentaire if the libelle gave nothing.</summary>
    /// <param name="libelle">The offer's <c>salaire.libelle</c>.</param>
    /// <param name="commentaire">The offer's <c>salaire.commentaire</c>.</param>
    /// <returns>The result; <see cref="SalaireParse.Unparsed"/> when neither text could be read.</returns>
    public static SalaireParse Parse(string? libelle, string? commentaire = null)
    {
        var fromLibelle = ParseLibelle(libelle);
        if (fromLibelle.Status != SalaireParseStatus.Unparsed)
        {
            return fromLibelle;
        }

        var fromCommentaire = ParseCommentaire(commentaire);
        return fromCommentaire.Status != SalaireParseStatus.Unparsed ? fromCommentaire : fromLibelle;
    }

    /// <summary>Reads a <c>salaire.libelle</c> ("Mensuel de 1801.8 Euros à 1968.3 Euros sur 12.0 mois").</summary>
    /// <param name="libelle">The text.</param>
    /// <returns>The result; unparsed when the text does not follow the libelle layout.</returns>
    public static SalaireParse ParseLibelle(string? libelle)
    {
        if (string.IsNullOrWhiteSpace(libelle))
        {
            return SalaireParse.Unparsed;
        }

        var match = LibellePattern().Match(libelle);
        if (!match.Success)
        {
            return SalaireParse.Unparsed with { Source = SalaireSource.Libelle, Text = libelle };
        }

        var period = PeriodFromLibelleWord(match.Groups["period"].Value);
        var min = ParseAmount(match.Groups["min"].Value);
        var max = match.Groups["max"].Success ? ParseAmount(match.Groups["max"].Value) : min;
        decimal? months = match.Groups["months"].Success ? ParseAmount(match.Groups["months"].Value) : null;

        // "sur 0.0 mois" is how an unset field is printed; it is not a number of payments.
        if (months is <= 0m)
        {
            months = null;
        }

        return Build(SalaireSource.Libelle, libelle, period, min, max, months, isGross: null);
    }

    /// <summary>Reads a free-text <c>salaire.commentaire</c> ("35 - 45 k€ brut annuel").</summary>
    /// <param name="commentaire">The text.</param>
    /// <returns>The result; unparsed unless the text states both an amount with a currency and one period.</returns>
    public static SalaireParse ParseCommentaire(string? commentaire)
    {
        if (string.IsNullOrWhiteSpace(commentaire))
        {
            return SalaireParse.Unparsed;
        }

        var unparsed = SalaireParse.Unparsed with { Source = SalaireSource.Commentaire, Text = commentaire };
        var text = commentaire;
        decimal? months = null;
        var monthsMatch = MonthsPattern().Match(text);
        if (monthsMatch.Success)
        {
            months = ParseAmount(monthsMatch.Groups["months"].Value);
            text = text.Remove(monthsMatch.Index, monthsMatch.Length);
        }

        var periods = PeriodPatterns
            .Where(p => p.Pattern.IsMatch(text))
            .Select(p => p.Period)
            .Distinct()
            .ToList();
        var amounts = AmountPattern().Matches(text);
        if (periods.Count != 1 || amounts.Count != 1)
        {
            return unparsed;
        }

        var amount = amounts[0];

        // Any other number in the text ("Selon CCN 1966, 2000 € mensuel") makes the reading a guess.
        var numbersInAmount = amount.Groups["max"].Success ? 2 : 1;
        if (BareNumberPattern().Count(text) != numbersInAmount)
        {
            return unparsed;
        }

        var thousandsOnMax = amount.Groups["kmax"].Success;
        var thousandsOnMin = amount.Groups["kmin"].Success || (thousandsOnMax && !amount.Groups["curmin"].Success);
        var min = ParseAmount(amount.Groups["min"].Value) * (thousandsOnMin ? 1000m : 1m);
        var max = amount.Groups["max"].Success ? ParseAmount(amount.Groups["max"].Value) * (thousandsOnMax ? 1000m : 1m) : min;
        bool? isGross = GrossPattern().IsMatch(text) ? true : NetPattern().IsMatch(text) ? false : null;
        return Build(SalaireSource.Commentaire, commentaire, periods[0], min, max, months is > 0m ? months : null, isGross);
    }

    private static readonly (SalairePeriode Period, Regex Pattern)[] PeriodPatterns =
    [
        (SalairePeriode.Annuel, AnnualPattern()),
        (SalairePeriode.Mensuel, MonthlyPattern()),
        (SalairePeriode.Horaire, HourlyPattern()),
        (SalairePeriode.Journalier, DailyPattern()),
        (SalairePeriode.Hebdomadaire, WeeklyPattern()),
    ];

    private static SalaireParse Build(SalaireSource source, string text, SalairePeriode period, decimal min, decimal max, decimal? months, bool? isGross)
    {
        var plausible = min <= max && IsPlausible(period, min) && IsPlausible(period, max) && months is null or <= 24m;
        return new SalaireParse
        {
            Status = plausible ? SalaireParseStatus.Parsed : SalaireParseStatus.Implausible,
            Source = source,
            Text = text,
            Min = min,
            Max = max,
            Currency = "EUR",
            Period = period,
            Months = months,
            IsGross = isGross,
        };
    }

    // Wide bounds that only catch an amount written under the wrong period (an hourly rate labelled
    // "Annuel"), not unusual but genuine salaries; part-time monthly pay can be a few hundred euros.
    private static bool IsPlausible(SalairePeriode period, decimal amount) => period switch
    {
        SalairePeriode.Horaire => amount is >= 1m and <= 1_000m,
        SalairePeriode.Journalier => amount is >= 10m and <= 10_000m,
        SalairePeriode.Hebdomadaire => amount is >= 50m and <= 50_000m,
        SalairePeriode.Mensuel => amount is >= 100m and <= 200_000m,
        SalairePeriode.Annuel => amount is >= 1_000m and <= 5_000_000m,
        SalairePeriode.Cachet => amount is >= 10m and <= 200_000m,
        _ => false,
    };

    private static SalairePeriode PeriodFromLibelleWord(string word) => word.ToUpperInvariant() switch
    {
        "ANNUEL" => SalairePeriode.Annuel,
        "MENSUEL" => SalairePeriode.Mensuel,
        "HORAIRE" => SalairePeriode.Horaire,
        "JOURNALIER" => SalairePeriode.Journalier,
        "HEBDOMADAIRE" => SalairePeriode.Hebdomadaire,
        _ => SalairePeriode.Cachet,
    };

    private static decimal ParseAmount(string text)
    {
        var normalized = text.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace(',', '.');
        return decimal.Parse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s*(?<period>Annuel|Mensuel|Horaire|Journalier|Hebdomadaire|Cachet)\s+de\s+(?<min>\d+(?:[.,]\d+)?)\s*(?:Euros?|€|EUR)(?:\s+à\s+(?<max>\d+(?:[.,]\d+)?)\s*(?:Euros?|€|EUR))?(?:\s+sur\s+(?<months>\d+(?:[.,]\d+)?)\s+mois)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LibellePattern();

    [GeneratedRegex(Number)]
    private static partial Regex BareNumberPattern();

    [GeneratedRegex(@"\bsur\s+(?<months>\d+(?:[.,]\d+)?)\s*mois\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthsPattern();

    // One amount or a range, with a currency after the last number: "2000 €", "35 - 45 k€", "30k€ à 35k€", "1 800 euros".
    [GeneratedRegex(@"(?<![\d.,])(?<min>" + Number + @")\s*(?<kmin>[kK](?![a-zA-Z]))?\s*(?<curmin>€|euros?\b|eur\b)?\s*(?:(?:-|–|à|a|et|/)\s*(?<max>" + Number + @")\s*(?<kmax>[kK](?![a-zA-Z]))?\s*(?:€|euros?\b|eur\b)|(?<=(?:€|euros?|eur)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"\b(?:annuel(?:le)?s?|annuellement|par\s+an|/\s*an\b|l'an\b|année|brut\s+an\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnualPattern();

    [GeneratedRegex(@"\b(?:mensuel(?:le)?s?|mensuellement|par\s+mois|/\s*mois\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthlyPattern();

    [GeneratedRegex(@"(?:\bhoraires?\b|\bpar\s+heure\b|\bde\s+l'heure\b|/\s*h(?:eure)?\b|€\s*/?\s*h\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HourlyPattern();

    [GeneratedRegex(@"\b(?:journaliers?|par\s+jour|/\s*jour\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DailyPattern();

    [GeneratedRegex(@"\b(?:hebdomadaires?|par\s+semaine|/\s*semaine\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeeklyPattern();

    [GeneratedRegex(@"\bbruts?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GrossPattern();

    [GeneratedRegex(@"\bnets?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NetPattern();
}
