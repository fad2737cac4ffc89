using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk;
using Spectre.Console;

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

    /// <summary>Draws the table.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The table.</returns>
    public static Table Create(IEnumerable<EmployerSalary> rows)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Employeur")
            .AddColumn(new TableColumn("Offres").RightAligned())
            .AddColumn(new TableColumn("Annuel min").RightAligned())
            .AddColumn(new TableColumn("Annuel max").RightAligned())
            .AddColumn("Périodes");
        foreach (var row in rows)
        {
            table.AddRow(
                new Text(row.Entreprise),
                new Text(row.OffresAvecSalaire == row.Offres ? Formats.Count(row.Offres) : $"{row.OffresAvecSalaire}/{row.Offres}"),
                new Text(row.AnnuelMin is { } min ? SalaryText.Amount(decimal.Round(min)) + " €" : ""),
                new Text(row.AnnuelMax is { } max ? SalaryText.Amount(decimal.Round(max)) + " €" : ""),
                new Text(row.Periodes));
        }

        return table;
    }
}
