using CsvHelper;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Commands;

public sealed class SalariesCommandTests
{
    [Fact]
    public async Task Salaries_Csv_WritesEmployersSortedByHighestYearlySalary()
    {
        using var temp = new TempDirectory();
        var path = temp.File("salaires.csv");

        var run = await new CliRunner().InvokeAsync("salaries", "--limit", "300", "--csv", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Employeur", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"[\d ]+ of 300 offers state a readable salary", run.Out);
        await using var csv = CsvReader.FromFile(path);
        var rows = csv.GetRecords<EmployerSalary>().ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(rows.OrderByDescending(r => r.AnnuelMax).Select(r => r.AnnuelMax), rows.Select(r => r.AnnuelMax));
        Assert.All(rows, r => Assert.True(r.AnnuelMin <= r.AnnuelMax, $"{r.Entreprise}: {r.AnnuelMin} > {r.AnnuelMax}"));
        Assert.All(rows, r => Assert.InRange(r.OffresAvecSalaire, 1, r.Offres));
        Assert.True(rows.Sum(r => r.Offres) <= 300);
    }

    [Fact]
    public async Task Salaries_CsvWithWrongExtension_ExitCode2()
    {
        var run = await new CliRunner().InvokeAsync("salaries", "--csv", "out.xlsx");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}
