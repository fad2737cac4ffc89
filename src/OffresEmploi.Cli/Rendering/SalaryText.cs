using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk;

namespace OffresEmploi.Cli.Rendering;

/// <summary>Short salary texts for tables: "25 000–35 000 €/an" from a parsed libelle (the unit is the SDK's <see cref="SalaireParse.PeriodUnit"/>), else the raw text.</summary>
internal static class SalaryText
{
    private const int MaxRawLength = 28;

    /// <summary>A short text for a table cell.</summary>
    /// <param name="salaire">The offer's salary block.</param>
    /// <returns>The text; empty when the offer states nothing.</returns>
    public static string Short(Salaire? salaire)
    {
        if (salaire is null)
        {
            return "";
        }

        var parsed = SalaryParser.Parse(salaire.Libelle, salaire.Commentaire);
        if (parsed.Status == SalaireParseStatus.Parsed && parsed.Min is { } min)
        {
            return Range(min, parsed.Max ?? min) + (parsed.PeriodUnit is { } unit ? "/" + unit : "");
        }

        var raw = salaire.Libelle ?? salaire.Commentaire ?? "";
        return WordWrap.Shorten(raw, MaxRawLength);
    }

    /// <summary>A range of amounts: "1 800–2 100 €", or "2 000 €" when both ends are equal.</summary>
    /// <param name="min">The lower amount.</param>
    /// <param name="max">The upper amount.</param>
    /// <returns>The text.</returns>
    public static string Range(decimal min, decimal max) =>
        min == max ? $"{Amount(min)} €" : $"{Amount(min)}–{Amount(max)} €";

    /// <summary>An amount with French grouping; cents only when there are some.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>"1 801,84" or "25 000".</returns>
    public static string Amount(decimal amount) =>
        amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", Formats.Culture);
}
