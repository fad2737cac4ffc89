using CsvHelper;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Cli.Rendering;
using OffresEmploi.Cli.Settings;
using OffresEmploi.Sdk.Models;
using Spectre.Console;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres salaries</c>: the salary ranges each employer offers, read from the offers' salary texts.</summary>
internal sealed class SalariesCommand(CliContext context) : ApiCommand<SalariesSettings>(context)
{
    public override async Task<int> ExecuteAsync(SalariesSettings settings, CancellationToken cancellationToken)
    {
        var query = BuildQuery(settings);
        var csvPath = settings.Csv is { } csvOption ? OutputPath.Prepare(csvOption, "--csv") : null;
        using var session = OpenSession(settings);
        var offres = new List<Offre>();
        await foreach (var page in PagedSearch.PagesAsync(session.Client, query.Request, settings.Limit, cancellationToken))
        {
            offres.AddRange(page.Offres);
        }

        var rows = SalaryTable.Build(offres);
        if (rows.Count == 0)
        {
            Context.Out.MarkupLine(offres.Count == 0 ? "No offer matches." : $"None of the {Formats.Count(offres.Count)} offers states a readable salary.");
        }
        else
        {
            Context.Out.Write(SalaryTable.Create(rows));
            var withSalary = rows.Sum(r => r.OffresAvecSalaire);
            Context.Out.MarkupLine($"[dim]{Formats.Count(withSalary)} of {Formats.Count(offres.Count)} offers state a readable salary; yearly amounts (monthly × months, hourly × 151.67 h × 12).[/]");
        }

        if (csvPath is { } path)
        {
            await using (var csv = CsvWriter.ToFile(path, CsvOffreWriter.Options))
            {
                csv.WriteHeader<EmployerSalary>();
                foreach (var row in rows)
                {
                    await csv.WriteRecordAsync(row, cancellationToken);
                }
            }

            PlainLine.Write(Context.Out, "", $"Wrote {path} ({Formats.Count(rows.Count)} employers).");
        }

        return ExitCodes.Success;
    }
}
