using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.Commands;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Cli.Tests.Sync;

/// <summary><c>offres sync</c> on day 0 then day 3 of the sandbox's market (<c>--day</c>), checked against the sandbox's
/// own truth (<see cref="MarketChanges"/>): in process, and through the sandbox server at the default pacing.</summary>
public sealed class SyncOverTimeTests
{
    private const int Seed = 7;
    private const int Size = 4_000;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static OffreCorpus Market(int day, int size = Size) =>
        OffreCorpus.Build(new CorpusOptions { Seed = Seed, Size = size, Now = TestSandbox.Today, Day = day });

    private static SandboxHttpMessageHandler Sandbox(int day, int size = Size) =>
        new(new SandboxOptions { Seed = Seed, CorpusSize = size, Now = TestSandbox.Today, Day = day });

    /// <summary>The CLI's clock two hours into the day: first_seen and removed_at read as the market's days.</summary>
    private static FakeTimeProvider ClockOn(int day) => new(TestSandbox.Today.AddDays(day).AddHours(2));

    private static HashSet<string> Ids(OffreCorpus market) => market.GetOffres().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

    private static async Task<CliRun> SyncAsync(int day, string db, params string[] options)
    {
        using var sandbox = Sandbox(day);
        var run = await new CliRunner { SandboxHandler = sandbox, TimeProvider = ClockOn(day) }.RunAsync(["sync", "--db", db, .. options], Token);
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        return run;
    }

    [Fact]
    public async Task Day0ThenDay3_LiveOffersAreDay3s_VanishedRemoved_NewAdded_UpdatedChanged()
    {
        using var temp = new TempDirectory();
        var db = temp.File("market.duckdb");
        var changes = MarketChanges.Between(Market(0), Market(3));
        Assert.NotEmpty(changes.Added);
        Assert.NotEmpty(changes.Vanished);
        Assert.NotEmpty(changes.Updated);

        await SyncAsync(0, db);
        Assert.Equal(Ids(Market(0)), SyncFile.Ids(db));

        var day3 = await SyncAsync(3, db);

        Assert.Equal(Ids(Market(3)), SyncFile.Ids(db, "removed_at IS NULL"));
        Assert.Equal(changes.Vanished.ToHashSet(), SyncFile.Ids(db, "removed_at IS NOT NULL"));
        Assert.Equal(changes.Added.ToHashSet(), SyncFile.Ids(db, "first_seen > (SELECT started_at FROM sync_runs WHERE run_id = 1)"));
        Assert.Equal(changes.Updated.ToHashSet(), SyncFile.Ids(db, "changed_at IS NOT NULL"));
        Assert.Equal(0, SyncFile.Count(db, "SELECT count(*) FROM offres WHERE removed_at IS NOT NULL AND (last_run <> 1 OR removed_at <> (SELECT started_at FROM sync_runs WHERE run_id = 2))"));
        Assert.Equal(0, SyncFile.Count(db, "SELECT count(*) FROM offres WHERE removed_at IS NULL AND last_seen <> (SELECT started_at FROM sync_runs WHERE run_id = 2)"));
        Assert.Equal(
            [[(long)changes.Added.Count, (long)changes.Updated.Count, (long)changes.Vanished.Count, (long)Market(3).Count, "complete"]],
            SyncFile.Rows(db, "SELECT added, updated, removed, live, status FROM sync_runs WHERE run_id = 2"));
        Assert.Contains($"{Formats.Count(changes.Added.Count)} added, {Formats.Count(changes.Updated.Count)} updated, {Formats.Count(changes.Vanished.Count)} removed", day3.Out, StringComparison.Ordinal);

        // An updated offer's row is the day-3 offer: its new dateActualisation is in the typed column and the JSON.
        var updated = Market(3).GetOffres().First(o => o.Id == changes.Updated[0]);
        Assert.Equal([[updated.DateActualisation!.Value.UtcDateTime]], SyncFile.Rows(db, $"SELECT dateActualisation FROM offres WHERE id = '{updated.Id}'"));

        // The same day again: the market did not move, nothing changes but last_seen.
        var before = SyncFile.Snapshot(db);
        var again = await SyncAsync(3, db);
        Assert.Contains("0 added, 0 updated, 0 removed", again.Out, StringComparison.Ordinal);
        Assert.Equal(before, SyncFile.Snapshot(db));
    }

    [Fact]
    public async Task NewOnly_AddsTheNewOffersWithFewRequests_AndTheNextFullRunMarksTheVanished()
    {
        using var temp = new TempDirectory();
        var db = temp.File("new-only.duckdb");
        var changes = MarketChanges.Between(Market(0), Market(3));
        await SyncAsync(0, db);

        var newOnly = await SyncAsync(3, db, "--new-only");

        Assert.Contains("(run 2, new-only)", newOnly.Out, StringComparison.Ordinal);
        Assert.Equal(changes.Added.ToHashSet(), SyncFile.Ids(db, "first_seen = (SELECT started_at FROM sync_runs WHERE run_id = 2)"));
        Assert.Equal(0, SyncFile.Count(db, "SELECT count(*) FROM offres WHERE removed_at IS NOT NULL"));
        var (requests, windowFrom) = SyncFile.Rows(db, "SELECT requests, created_from FROM sync_runs WHERE run_id = 2").Select(r => ((int)r[0]!, (DateTime)r[1]!)).Single();
        var fullRequests = (int)SyncFile.Rows(db, "SELECT requests FROM sync_runs WHERE run_id = 1")[0][0]!;
        Assert.True(requests * 5 < fullRequests, $"{requests} requests new-only, {fullRequests} for the full run");
        Assert.Equal(Market(0).GetOffres().Max(o => o.DateCreation).UtcDateTime.AddHours(-1), windowFrom, TimeSpan.FromSeconds(1));

        var full = await SyncAsync(3, db);

        Assert.Contains($"0 added, {Formats.Count(changes.Updated.Count(id => !changes.Added.Contains(id)))} updated, {Formats.Count(changes.Vanished.Count)} removed", full.Out, StringComparison.Ordinal);
        Assert.Equal(Ids(Market(3)), SyncFile.Ids(db, "removed_at IS NULL"));
    }

    [Fact]
    public async Task WithFilters_Day3KeepsToThem_AndAgreesWithASearchOfDay3()
    {
        using var temp = new TempDirectory();
        var db = temp.File("cdd.duckdb");
        var changes = MarketChanges.Between(Market(0), Market(3));
        await SyncAsync(0, db, "--type-contrat", "CDD");

        await SyncAsync(3, db);

        using var day3 = Sandbox(3);
        var search = await new CliRunner { SandboxHandler = day3 }.RunAsync(["search", "--type-contrat", "CDD", "--json", "--limit", "3150"], Token);
        var expected = SearchCommandTests.ParseJsonLines(search).Select(o => o.Id!).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(expected.Count, 300, 3149);
        Assert.Equal(expected, SyncFile.Ids(db, "removed_at IS NULL"));
        Assert.Equal(0, SyncFile.Count(db, "SELECT count(*) FROM offres WHERE typeContrat <> 'CDD'"));
        Assert.Subset(changes.Vanished.ToHashSet(), SyncFile.Ids(db, "removed_at IS NOT NULL"));
        Assert.NotEmpty(SyncFile.Ids(db, "removed_at IS NOT NULL"));
    }

    [Fact]
    public async Task ThroughTheSandboxServer_AtTheDefaultPacing_Day0ThenDay3MatchTheTruth()
    {
        const int ServerSize = 600;
        using var temp = new TempDirectory();
        var db = temp.File("server.duckdb");
        var changes = MarketChanges.Between(Market(0, ServerSize), Market(3, ServerSize));

        foreach (var day in new[] { 0, 3 })
        {
            var options = new SandboxOptions { Seed = Seed, CorpusSize = ServerSize, Now = TestSandbox.Today, Day = day };
            await using var server = await OffresEmploi.Sandbox.Hosting.SandboxServer.StartAsync(options, ["http://127.0.0.1:0"], l => l.ClearProviders(), Token);
            var run = await new CliRunner()
                .WithEnvironment("OFFRES_EMPLOI_CLIENT_ID", SandboxDefaults.ClientId)
                .WithEnvironment("OFFRES_EMPLOI_CLIENT_SECRET", SandboxDefaults.ClientSecret)
                .WithEnvironment("OFFRES_EMPLOI_BASE_URL", server.BaseAddress.AbsoluteUri)
                .WithEnvironment("OFFRES_EMPLOI_TOKEN_URL", server.TokenEndpoint.AbsoluteUri)
                .RunAsync(["sync", "--db", db], Token);
            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.DoesNotContain("Sandbox data", run.Error, StringComparison.Ordinal);
        }

        Assert.Equal(Ids(Market(3, ServerSize)), SyncFile.Ids(db, "removed_at IS NULL"));
        Assert.Equal(changes.Vanished.ToHashSet(), SyncFile.Ids(db, "removed_at IS NOT NULL"));
        Assert.Equal(changes.Updated.ToHashSet(), SyncFile.Ids(db, "changed_at IS NOT NULL"));
        Assert.Equal([["http://127.0.0.1/partenaire/offresdemploi/"]], SyncFile.Rows(db, "SELECT value FROM sync_meta WHERE key = 'source'"));
    }
}
