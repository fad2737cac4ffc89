using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OffresEmploi.Cli.Rendering;

/// <summary>Groups offers by employer with their parsed salary ranges, and draws the table.</summary>
internal static class SalaryTable
{
    /// <summary>The name used for offers that do not name their employer.</summary>
    public const string Anonymous = "(non communiqué)";

    /// <summary>Parses every offer's salary and groups by employer, highest yearly maximum first.</summary>
    /// <param name="offres">The offers.</param>
    /// <returns>The employers with at least one readable salary, sorted.</returns>
    public static List<EmployerSalary> Build(IEnumerable<Offre> offres)
    {
        var rows = new List<EmployerSalary>();
        foreach (var group in offres.GroupBy(o => string.IsNullOrWhiteSpace(o.Entreprise?.Nom) ? Anonymous : o.Entreprise!.Nom!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var parsed = group
                .Select(o => SalaryParser.Parse(o.Salaire?.Libelle, o.Salaire?.Commentaire))
                .Where(p => p.Status == SalaireParseStatus.Parsed && p.AnnualMin is not null)
                .ToList();
            if (parsed.Count == 0)
            {
                continue;
            }

            rows.Add(new EmployerSalary
            {
                Entreprise = group.Key,
                Offres = group.Count(),
                OffresAvecSalaire = parsed.Count,
                AnnuelMin = parsed.Min(p => p.AnnualMin),
                AnnuelMax = parsed.Max(p => p.AnnualMax ?? p.AnnualMin),
                Periodes = string.Join(", ", parsed.Select(p => p.Period?.ToString()).OfType<string>().Distinct().Order(StringComparer.Ordinal)),
            });
        }

        return [.. rows
            .OrderByDescending(r => r.AnnuelMax)
            .ThenByDescending(r => r.Offres)
            .ThenBy(r => r.Entreprise, StringComparer.Ordinal)];
    }

    private static readonly TableField<EmployerSalary> Employeur = new() { Header = "Employeur", Value = r => r.Entreprise, Min = 20, Max = 40, Floor = 8 };
    private static readonly TableField<EmployerSalary> Offres = new()
    {
        Header = "Offres",
        Value = r => r.OffresAvecSalaire == r.Offres ? Formats.Count(r.Offres) : $"{r.OffresAvecSalaire}/{r.Offres}",
        Min = 6,
        Max = 9,
        Alignment = Justify.Right,
    };

    private static readonly TableField<EmployerSalary> AnnuelMin = new() { Header = "Annuel min", Value = r => Euros(r.AnnuelMin), Min = 10, Max = 12, Alignment = Justify.Right };
    private static readonly TableField<EmployerSalary> AnnuelMax = new() { Header = "Annuel max", Value = r => Euros(r.AnnuelMax), Min = 10, Max = 12, Alignment = Justify.Right };
    private static readonly TableField<EmployerSalary> Periodes = new() { Header = "Périodes", Value = r => r.Periodes, Min = 10, Max = 24, Floor = 8 };

    /// <summary>The layouts, richest first. Priority, highest first: Employeur, Annuel max, Annuel min, Offres, Périodes
    /// (Périodes goes below about 72 columns, Offres below about 59).</summary>
    private static readonly TableField<EmployerSalary>[][][] Layouts =
    [
        [[Employeur], [Offres], [AnnuelMin], [AnnuelMax], [Periodes]],
        [[Employeur], [Offres], [AnnuelMin], [AnnuelMax]],
        [[Employeur], [AnnuelMin], [AnnuelMax]],
    ];

    /// <summary>Draws the table, fitted to the console (see <see cref="FittedTable{T}"/>).</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The table, laid out when it is written.</returns>
    public static IRenderable Create(IEnumerable<EmployerSalary> rows) =>
        new FittedTable<EmployerSalary>(rows, Layouts) { Border = TableBorder.Rounded, CellPadding = new Padding(1, 0, 1, 0) };

    private static string Euros(decimal? amount) => amount is { } value ? SalaryText.Amount(decimal.Round(value)) + " €" : "";
}
