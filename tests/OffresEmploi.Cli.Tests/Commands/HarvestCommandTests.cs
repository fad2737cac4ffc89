using CsvHelper;
using OffresEmploi.Cli.Harvesting;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Cli.Tests.TestSupport;
using Parquet.Serialization;

namespace OffresEmploi.Cli.Tests.Commands;

public sealed class HarvestCommandTests
{
    private static readonly string[] Filters = ["--type-contrat", "CDD"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The ids a plain search returns for the same filters: the set a harvest must reproduce.</summary>
    private static async Task<HashSet<string>> ExpectedIdsAsync()
    {
        var run = await new CliRunner().RunAsync(["search", .. Filters, "--json", "--limit", "3150"], Token);
        var ids = SearchCommandTests.ParseJsonLines(run).Select(o => o.Id!).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(ids.Count, 300, 3149);
        return ids;
    }

    private static async Task<List<string>> ReadIdsAsync(string path)
    {
        if (path.EndsWith(".parquet", StringComparison.Ordinal))
        {
            var result = await ParquetSerializer.DeserializeAsync<OffreRecord>(path, cancellationToken: Token);
            return [.. result.Data.Select(r => r.Id)];
        }

        if (path.EndsWith(".csv", StringComparison.Ordinal))
        {
            await using var csv = CsvReader.FromFile(path);
            return [.. csv.GetRecords<OffreRecord>().Select(r => r.Id)];
        }

        return await OffreIdReader.ReadAsync(path, OutputFormat.JsonLines, Token);
    }

    [Theory]
    [InlineData("offres.csv")]
    [InlineData("offres.jsonl")]
    [InlineData("offres.parquet")]
    public async Task Harvest_Complete_WritesEveryOfferOnceAndReconciles(string name)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name);
        var expected = await ExpectedIdsAsync();

        var run = await new CliRunner().RunAsync(["harvest", .. Filters, "--out", path], Token);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var ids = await ReadIdsAsync(path);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(expected, ids.ToHashSet());
        Assert.Contains($"Harvested {Formats.Count(expected.Count)} of {Formats.Count(expected.Count)} offers", run.Out, StringComparison.Ordinal);
        Assert.Contains("complete", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".checkpoint.json"));
        Assert.Contains("Sandbox data", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resume.csv")]
    [InlineData("resume.jsonl")]
    [InlineData("resume.parquet")]
    public async Task Harvest_CancelledThenResumed_SameSetWithoutDuplicates(string name)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name);
        var expected = await ExpectedIdsAsync();

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        using var interrupting = new CancelAfterSearchesHandler(TestSandbox.Handler, searches: 3, cancellation);
        var cancelled = await new CliRunner { SandboxHandler = interrupting }.RunAsync(["harvest", .. Filters, "--out", path], cancellation.Token);

        Assert.True(cancelled.ExitCode == ExitCodes.Cancelled, cancelled.ToString());
        Assert.Matches(@"Cancelled: [\d,  ]+ offers kept in .+; run the same command again to resume\.", cancelled.Error);
        Assert.True(File.Exists(path + ".checkpoint.json"), "the checkpoint stays after Ctrl+C");

        var resumed = await new CliRunner().RunAsync(["harvest", .. Filters, "--out", path], Token);

        Assert.Equal(ExitCodes.Success, resumed.ExitCode);
        Assert.Matches(@"Resuming: [\d ]+ offers already in", resumed.Error);
        var ids = await ReadIdsAsync(path);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(expected, ids.ToHashSet());
        Assert.False(File.Exists(path + ".checkpoint.json"));
    }

    [Fact]
    public async Task Harvest_ExistingOutputWithoutCheckpoint_NeedsForce()
    {
        using var temp = new TempDirectory();
        var path = temp.File("exists.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\":\"OLD0001\"}\n", Token);

        var refused = await new CliRunner().RunAsync(["harvest", .. Filters, "--out", path], Token);
        var forced = await new CliRunner().RunAsync(["harvest", .. Filters, "--out", path, "--force"], Token);

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.DoesNotContain("OLD0001", await ReadIdsAsync(path));
    }

    [Fact]
    public async Task Harvest_BeyondTheRangeCap_GetsEveryOfferInDateWindows()
    {
        using var temp = new TempDirectory();
        var path = temp.File("all.jsonl");

        var run = await new CliRunner().RunAsync(["harvest", "--out", path], Token);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var ids = await ReadIdsAsync(path);
        Assert.Equal(4_000, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("Harvested 4 000 of 4 000 offers", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"complete\. [2-9] windows", run.Out);
    }

    [Fact]
    public async Task Harvest_BeyondTheRangeCapCancelledInTheSecondWindow_ResumesWithoutGapOrDuplicate()
    {
        using var temp = new TempDirectory();
        var path = temp.File("all.csv");

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        using var interrupting = new CancelAfterSearchesHandler(TestSandbox.Handler, searches: 26, cancellation);
        var cancelled = await new CliRunner { SandboxHandler = interrupting }.RunAsync(["harvest", "--out", path], cancellation.Token);
        Assert.True(cancelled.ExitCode == ExitCodes.Cancelled, cancelled.ToString());
        var checkpoint = await File.ReadAllTextAsync(path + ".checkpoint.json", Token);
        Assert.Contains("\"harvesterState\"", checkpoint, StringComparison.Ordinal);

        var resumed = await new CliRunner().RunAsync(["harvest", "--out", path], Token);

        Assert.Equal(ExitCodes.Success, resumed.ExitCode);
        var ids = await ReadIdsAsync(path);
        Assert.Equal(4_000, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("Harvested 4 000 of 4 000 offers", resumed.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("harvest", "boulanger")]
    [InlineData("harvest", "--out", "offres.xlsx")]
    public async Task Harvest_BadOutput_ExitCode2(params string[] args)
    {
        var run = await new CliRunner().InvokeAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Theory]
    [InlineData(9000, 9000, 0, "Harvested 9 000 of 9 000 offers into /tmp/x.csv: complete. 4 windows, 64 requests, 3 duplicates skipped.")]
    [InlineData(8990, 9000, 0, "Harvested 8 990 of 9 000 offers into /tmp/x.csv: 10 fewer: offers expired or were withdrawn during the run.")]
    [InlineData(9002, 9000, 1, "Harvested 9 002 of 9 000 offers into /tmp/x.csv: 2 more: offers were published during the run. 4 windows (1 walked again)")]
    public void Reconcile_FileAgainstTotal_ExplainsAnyGap(long offers, long expected, int rewalked, string line)
    {
        var reconciliation = new HarvestReconciliation
        {
            ExpectedTotal = expected, Yielded = offers, DuplicatesSkipped = 2, Requests = 64, Windows = 4,
            WindowsRewalked = rewalked, Unreachable = 0, StoppedAtRangeCap = false,
        };

        var text = HarvestSummary.Reconcile(reconciliation, "/tmp/x.csv", offers, duplicates: 1);

        Assert.StartsWith(line, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_WithWindowEnd_ShowsCountsAndDate()
    {
        var text = HarvestSummary.Progress(new HarvestProgress(3, 12, 1_800, 9_000, new DateTimeOffset(2025, 8, 12, 10, 0, 0, TimeSpan.Zero)));

        Assert.Equal("windows 3 · requests 12 · offers 1 800/9 000 · created ≤ 12/08/2025", text);
    }
}
