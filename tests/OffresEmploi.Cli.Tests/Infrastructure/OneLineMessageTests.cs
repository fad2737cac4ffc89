using OffresEmploi.Cli.Harvesting;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;
using Spectre.Console.Testing;

namespace OffresEmploi.Cli.Tests.Infrastructure;

/// <summary>Issue #14 item 3: the Ctrl+C line of a harvest and the error lines are one line at any width.</summary>
public sealed class OneLineMessageTests
{
    [Fact]
    public void WriteCancelled_40Columns_OneLine()
    {
        var console = new TestConsole().Width(40);
        const string Path = "/home/someone/harvests/offres-infirmier-bretagne-2025.csv";

        HarvestSummary.WriteCancelled(console, 12_450, Path);

        var line = Assert.Single(console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"Cancelled: 12 450 offers kept in {Path}; run the same command again to resume.", line.TrimEnd('\r'));
    }

    [Fact]
    public async Task Harvest_CtrlCAt40Columns_CancelledLineIsOneLine()
    {
        using var temp = new TempDirectory();
        var path = temp.File("a-rather-long-file-name-for-the-harvest.jsonl");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var interrupting = new CancelAfterSearchesHandler(TestSandbox.Handler, searches: 2, cancellation);

        var run = await new CliRunner { Width = 40, SandboxHandler = interrupting }.RunAsync(["harvest", "--type-contrat", "CDD", "--out", path], cancellation.Token);

        Assert.True(run.ExitCode == ExitCodes.Cancelled, run.ToString());
        var line = Assert.Single(LayoutAssert.Lines(run.Error), l => l.StartsWith("Cancelled:", StringComparison.Ordinal));
        Assert.Matches(@"^Cancelled: [\d ]+ offers kept in .+a-rather-long-file-name-for-the-harvest\.jsonl; run the same command again to resume\.$", line);
    }

    [Fact]
    public async Task FileLinesAndSandboxNotice_At40Columns_OneLineEach()
    {
        // What scripts and terminals read whole: the harvest summary, "Wrote FILE", the sandbox notice.
        using var temp = new TempDirectory();
        var harvestPath = temp.File("a-rather-long-file-name-for-the-harvest.csv");
        var chartPath = temp.File("a-rather-long-file-name-for-the-chart.svg");

        var harvest = await new CliRunner { Width = 40 }.InvokeAsync("harvest", "--departement", "74", "--type-contrat", "CDI", "--out", harvestPath);
        var facets = await new CliRunner { Width = 40 }.InvokeAsync("facets", "infirmier", "--svg", chartPath);

        Assert.True(harvest.ExitCode == ExitCodes.Success, harvest.ToString());
        Assert.Matches(@"^Harvested [\d ]+ of [\d ]+ offers into .+a-rather-long-file-name-for-the-harvest\.csv: complete\..*duplicates skipped\.$", Assert.Single(LayoutAssert.Lines(harvest.Out), l => l.StartsWith("Harvested", StringComparison.Ordinal)));
        Assert.Matches(@"^Wrote .+a-rather-long-file-name-for-the-chart\.svg \(\d+×\d+\)\.$", Assert.Single(LayoutAssert.Lines(facets.Out), l => l.StartsWith("Wrote", StringComparison.Ordinal)));
        Assert.Equal("Sandbox data: offline simulator (no OFFRES_EMPLOI_CLIENT_ID/SECRET set).", Assert.Single(LayoutAssert.Lines(facets.Error), l => l.StartsWith("Sandbox", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Search_UsageErrorAt40Columns_OneLine()
    {
        var run = await new CliRunner { Width = 40 }.InvokeAsync("search", "--type-contrat", "XYZ");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(LayoutAssert.Lines(run.Error), l => l.Contains("XYZ", StringComparison.Ordinal));
        Assert.StartsWith("error: --type-contrat: \"XYZ\" is not one of CDI", line, StringComparison.Ordinal);
        Assert.EndsWith("DIN.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownIdAt40Columns_OneErrorLine()
    {
        var run = await new CliRunner { Width = 40 }.InvokeAsync("get", "ZZZ9999");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("error: no offer has the id ZZZ9999 (it may have expired).", LayoutAssert.Lines(run.Error));
    }
}
