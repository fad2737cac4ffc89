using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Rendering;
using OffresEmploi.Cli.Tests.Commands;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Rendering;

public sealed class SalaryTableTests
{
    [Theory]
    [InlineData(50)]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(160)]
    public async Task Salaries_AnyWidth_FitsWithoutSplittingAWord(int width)
    {
        string[] args = ["salaries", "infirmier", "--limit", "150"];
        var run = await new CliRunner { Width = width }.InvokeAsync(args);
        var offres = SearchCommandTests.ParseJsonLines(await new CliRunner().InvokeAsync("search", "infirmier", "--limit", "150", "--json"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var rows = SalaryTable.Build(offres);
        Assert.True(rows.Count > 5, run.ToString());
        LayoutAssert.LinesFit(run.Out, width);
        string[] headers = ["Employeur", "Offres", "Annuel min", "Annuel max", "Périodes"];
        var amounts = rows.SelectMany(r => new[] { r.AnnuelMin, r.AnnuelMax }).OfType<decimal>().Select(a => SalaryText.Amount(decimal.Round(a)) + " €");
        LayoutAssert.NoBrokenWords(
            LayoutAssert.Lines(run.Out).Where(line => line.StartsWith('│')),
            [.. headers, .. rows.SelectMany(r => new[] { r.Entreprise, r.Periodes, r.Offres.ToString(Formats.Culture), $"{r.OffresAvecSalaire}/{r.Offres}" }), .. amounts]);

        // The yearly maximum, the field users sort by, is there at every width.
        Assert.All(rows, r => Assert.Contains(SalaryText.Amount(decimal.Round(r.AnnuelMax!.Value)) + " €", run.Out, StringComparison.Ordinal));
    }
}
