using System.Text.Json;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.Commands;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Cli.Tests.Sync;

/// <summary><c>offres sync</c> on the test sandbox (day 0): what a first run stores, what a second one changes, resuming,
/// and the file's own filters and source. Day 0 → day 3 is in <see cref="SyncOverTimeTests"/>.</summary>
public sealed class SyncCommandTests
{
    private static readonly string[] Filters = ["--type-contrat", "CDD"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The ids a plain search returns for the same filters.</summary>
    private static async Task<HashSet<string>> SearchIdsAsync(params string[] filters)
    {
        var run = await new CliRunner().RunAsync(["search", .. filters, "--json", "--limit", "3150"], Token);
        var ids = SearchCommandTests.ParseJsonLines(run).Select(o => o.Id!).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(ids.Count, 300, 3149);
        return ids;
    }

    [Fact]
    public async Task FirstRun_StoresEveryMatchingOfferOnce_WithTypedColumnsAndJson()
    {
        using var temp = new TempDirectory();
        var db = temp.File("cdd.duckdb");
        var expected = await SearchIdsAsync(Filters);

        var run = await new CliRunner().RunAsync(["sync", "--db", db, .. Filters], Token);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(expected, SyncFile.Ids(db));
        Assert.Equal(expected.Count, SyncFile.Count(db, "SELECT count(DISTINCT id) FROM offres"));
        Assert.Equal(0, SyncFile.Count(db, "SELECT count(*) FROM offres WHERE typeContrat <> 'CDD' OR removed_at IS NOT NULL OR changed_at IS NOT NULL"));
        Assert.Equal(0, SyncFile.Count(db, "SELECT count(*) FROM offres WHERE first_seen <> last_seen"));
        var runRow = SyncFile.Rows(db, "SELECT status, mode, added, updated, removed, seen, live, api_total FROM sync_runs").Single();
        Assert.Equal(["complete", "full", (long)expected.Count, 0L, 0L, (long)expected.Count, (long)expected.Count, (long)expected.Count], runRow);
        Assert.Contains($"{Formats.Count(expected.Count)} live offers; {Formats.Count(expected.Count)} added, 0 updated, 0 removed", run.Out, StringComparison.Ordinal);

        // The JSON column is the whole offer, and the typed columns agree with it.
        foreach (var row in SyncFile.Rows(db, "SELECT id, json, dateCreation, commune, departement, salaire, salaireAnnuelMin FROM offres USING SAMPLE 50 ROWS"))
        {
            var offre = JsonSerializer.Deserialize((string)row[1]!, OffresEmploiJsonContext.Default.Offre)!;
            Assert.Equal(row[0], offre.Id);
            Assert.Equal(offre.DateCreation?.UtcDateTime, row[2]);
            Assert.Equal(offre.LieuTravail?.Commune, row[3]);
            if (offre.LieuTravail?.Commune is { } commune && PlaceResolver.Default.TryGetCommune(commune, out var place))
            {
                Assert.Equal(place.CodeDepartement, row[4]);
            }

            Assert.Equal(offre.Salaire?.Libelle ?? offre.Salaire?.Commentaire, row[5]);
            Assert.Equal(SalaryParser.Parse(offre.Salaire).AnnualMin is { } min ? (double)min : null, row[6]);
        }

        Assert.True(SyncFile.Count(db, "SELECT count(*) FROM offres WHERE departement IS NOT NULL") > expected.Count / 2, "most offers have a département");
        Assert.True(SyncFile.Count(db, "SELECT count(*) FROM offres WHERE salaireAnnuelMin IS NOT NULL") > 0, "some salaries are parsed");
    }

    [Fact]
    public async Task SecondRun_OnAnUnchangedMarket_ChangesNoRowButLastSeen()
    {
        using var temp = new TempDirectory();
        var db = temp.File("again.duckdb");
        var first = await new CliRunner().RunAsync(["sync", "--db", db, .. Filters], Token);
        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        var before = SyncFile.Snapshot(db);

        var second = await new CliRunner().RunAsync(["sync", "--db", db, .. Filters], Token);

        Assert.True(second.ExitCode == ExitCodes.Success, second.ToString());
        Assert.Contains("(run 2, full)", second.Out, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 updated, 0 removed", second.Out, StringComparison.Ordinal);
        Assert.Equal(before, SyncFile.Snapshot(db));
        Assert.Equal(0, SyncFile.Count(db, "SELECT count(*) FROM offres WHERE last_run <> 2"));
        Assert.Equal([[0L, 0L, 0L]], SyncFile.Rows(db, "SELECT added, updated, removed FROM sync_runs WHERE run_id = 2"));
    }

    [Fact]
    public async Task CancelledRun_ResumesAfterItsLastSavedPage_WithTheSameRun()
    {
        using var temp = new TempDirectory();
        var db = temp.File("resume.duckdb");

        // No filter: 4,000 offers, beyond the range cap, so the SDK walks creation-date windows.
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        using var interrupting = new CancelAfterSearchesHandler(TestSandbox.Handler, searches: 8, cancellation);
        var cancelled = await new CliRunner { SandboxHandler = interrupting }.RunAsync(["sync", "--db", db], cancellation.Token);

        Assert.True(cancelled.ExitCode == ExitCodes.Cancelled, cancelled.ToString());
        Assert.Contains("Cancelled: run 1 is saved up to its last page", cancelled.ErrorLine, StringComparison.Ordinal);
        var saved = SyncFile.Count(db, "SELECT count(*) FROM offres");
        Assert.InRange(saved, 1, 3_999);
        Assert.Equal([["running"]], SyncFile.Rows(db, "SELECT status FROM sync_runs"));
        Assert.Equal(1, SyncFile.Count(db, "SELECT count(*) FROM sync_runs WHERE checkpoint IS NOT NULL"));

        var counting = new RecordingHandler(TestSandbox.Handler);
        var resumed = await new CliRunner { SandboxHandler = counting }.RunAsync(["sync", "--db", db], Token);

        Assert.True(resumed.ExitCode == ExitCodes.Success, resumed.ToString());
        Assert.Contains("Resuming run 1", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(4_000, SyncFile.Count(db, "SELECT count(DISTINCT id) FROM offres"));
        Assert.Equal(4_000, SyncFile.Count(db, "SELECT count(*) FROM offres WHERE last_run = 1 AND removed_at IS NULL"));
        Assert.Equal([["complete", 4_000L, 0L]], SyncFile.Rows(db, "SELECT status, added, removed FROM sync_runs"));

        // The resumed session did not walk the saved pages again: fewer searches than a whole pass from scratch.
        var whole = new RecordingHandler(TestSandbox.Handler);
        var fresh = await new CliRunner { SandboxHandler = whole }.RunAsync(["sync", "--db", temp.File("whole.duckdb")], Token);
        Assert.Equal(ExitCodes.Success, fresh.ExitCode);
        Assert.True(counting.Searches.Count < whole.Searches.Count, $"{counting.Searches.Count} searches resumed, {whole.Searches.Count} from scratch");
    }

    [Fact]
    public async Task Restart_AbandonsTheInterruptedRun()
    {
        using var temp = new TempDirectory();
        var db = temp.File("restart.duckdb");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        using var interrupting = new CancelAfterSearchesHandler(TestSandbox.Handler, searches: 2, cancellation);
        _ = await new CliRunner { SandboxHandler = interrupting }.RunAsync(["sync", "--db", db, .. Filters], cancellation.Token);

        var other = await new CliRunner().RunAsync(["sync", "--db", db, "--new-only"], Token);
        var restarted = await new CliRunner().RunAsync(["sync", "--db", db, "--restart"], Token);

        Assert.Equal(ExitCodes.Usage, other.ExitCode);
        Assert.Contains("run 1 (full) was interrupted; run without --new-only to finish it, or add --restart", other.ErrorLine, StringComparison.Ordinal);
        Assert.True(restarted.ExitCode == ExitCodes.Success, restarted.ToString());
        Assert.Equal([[1, "abandoned"], [2, "complete"]], SyncFile.Rows(db, "SELECT run_id, status FROM sync_runs ORDER BY run_id"));
        Assert.Equal(0, SyncFile.Count(db, "SELECT count(*) FROM offres WHERE last_run <> 2 OR removed_at IS NOT NULL"));
    }

    [Fact]
    public async Task TheFileKeepsItsFilters_OthersAreRefused_NoneMeansTheFilesOwn()
    {
        using var temp = new TempDirectory();
        var db = temp.File("filters.duckdb");
        var expected = await SearchIdsAsync(Filters);
        var first = await new CliRunner().RunAsync(["sync", "--db", db, .. Filters], Token);
        Assert.Equal(ExitCodes.Success, first.ExitCode);

        var sandbox = new RecordingHandler(TestSandbox.Handler);
        var other = await new CliRunner { SandboxHandler = sandbox }.RunAsync(["sync", "--db", db, "--type-contrat", "CDI"], Token);
        var none = await new CliRunner().RunAsync(["sync", "--db", db], Token);

        Assert.Equal(ExitCodes.Usage, other.ExitCode);
        Assert.Contains("this file follows other filters (typeContrat=CDD)", other.ErrorLine, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Requests);
        Assert.True(none.ExitCode == ExitCodes.Success, none.ToString());
        Assert.Contains("0 added, 0 updated, 0 removed", none.Out, StringComparison.Ordinal);
        Assert.Equal(expected, SyncFile.Ids(db, "removed_at IS NULL"));
    }

    [Fact]
    public async Task TheFileKeepsItsSource_TheApiAfterTheSandboxIsRefused()
    {
        using var temp = new TempDirectory();
        var db = temp.File("source.duckdb");
        var first = await new CliRunner().RunAsync(["sync", "--db", db, .. Filters], Token);
        Assert.Equal(ExitCodes.Success, first.ExitCode);

        var api = new RecordingHandler(TestSandbox.Handler);
        var withCredentials = await new CliRunner { ApiHandler = api }
            .WithEnvironment("OFFRES_EMPLOI_CLIENT_ID", OffresEmploi.Sandbox.SandboxDefaults.ClientId)
            .WithEnvironment("OFFRES_EMPLOI_CLIENT_SECRET", OffresEmploi.Sandbox.SandboxDefaults.ClientSecret)
            .RunAsync(["sync", "--db", db], Token);

        Assert.Equal(ExitCodes.Usage, withCredentials.ExitCode);
        Assert.Contains("this file holds offers from sandbox, and this run would read https://api.francetravail.io/partenaire/offresdemploi/", withCredentials.ErrorLine, StringComparison.Ordinal);
        Assert.Equal(0, api.Requests);
        Assert.Equal(1, SyncFile.Count(db, "SELECT count(*) FROM sync_runs"));
    }

    [Fact]
    public async Task WithCredentials_TheFileHoldsNoSecret()
    {
        using var temp = new TempDirectory();
        var db = temp.File("secret.duckdb");
        const string ClientId = "sync-secret-test";
        const string Secret = "Zq8-sync-secret-7fK2mWx9";
        var options = new OffresEmploi.Sandbox.SandboxOptions { Seed = 7, CorpusSize = 4_000, Now = TestSandbox.Today };
        options.Clients[ClientId] = Secret;
        using var api = new OffresEmploi.Sandbox.Http.SandboxHttpMessageHandler(options);

        var run = await new CliRunner { ApiHandler = api }
            .WithEnvironment("OFFRES_EMPLOI_CLIENT_ID", ClientId)
            .WithEnvironment("OFFRES_EMPLOI_CLIENT_SECRET", Secret)
            .RunAsync(["sync", "--db", db, .. Filters], Token);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal([["https://api.francetravail.io/partenaire/offresdemploi/"]], SyncFile.Rows(db, "SELECT value FROM sync_meta WHERE key = 'source'"));
        var bytes = await File.ReadAllBytesAsync(db, Token);
        foreach (var secret in new[] { Secret, "access_token", "Bearer " })
        {
            Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) < 0, $"'{secret}' is in the file");
        }

        Assert.DoesNotContain(Secret, run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedCredentials_SayTheCause_AndTheRunCompletesOnceFixed()
    {
        using var temp = new TempDirectory();
        var db = temp.File("refused.duckdb");
        var expected = await SearchIdsAsync(Filters);
        CliRunner WithSecret(string secret) => new CliRunner { ApiHandler = TestSandbox.Handler }
            .WithEnvironment("OFFRES_EMPLOI_CLIENT_ID", OffresEmploi.Sandbox.SandboxDefaults.ClientId)
            .WithEnvironment("OFFRES_EMPLOI_CLIENT_SECRET", secret);

        var refused = await WithSecret("not-the-secret").RunAsync(["sync", "--db", db, .. Filters], Token);

        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Contains("OFFRES_EMPLOI_CLIENT_SECRET", refused.ErrorLine, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, SyncFile.Count(db, "SELECT count(*) FROM offres"));
        Assert.Equal([["running"]], SyncFile.Rows(db, "SELECT status FROM sync_runs"));

        var fixedRun = await WithSecret(OffresEmploi.Sandbox.SandboxDefaults.ClientSecret).RunAsync(["sync", "--db", db, .. Filters], Token);

        Assert.True(fixedRun.ExitCode == ExitCodes.Success, fixedRun.ToString());
        Assert.Contains("Resuming run 1", fixedRun.Error, StringComparison.Ordinal);
        Assert.Equal(expected, SyncFile.Ids(db));
        Assert.Equal([["complete"]], SyncFile.Rows(db, "SELECT status FROM sync_runs"));
    }

    [Fact]
    public async Task NewOnly_WithoutACompleteFullRun_IsRefusedBeforeAnyRequest()
    {
        using var temp = new TempDirectory();
        var sandbox = new RecordingHandler(TestSandbox.Handler);

        var run = await new CliRunner { SandboxHandler = sandbox }.RunAsync(["sync", "--db", temp.File("new.duckdb"), "--new-only"], Token);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--new-only:", run.ErrorLine, StringComparison.Ordinal);
        Assert.Contains("has no complete full run to start from", run.ErrorLine, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Requests);
    }

    [Fact]
    public async Task BadDb_IsAUsageErrorNamingTheOption()
    {
        using var temp = new TempDirectory();
        var notDuckDb = temp.File("notes.duckdb");
        await File.WriteAllTextAsync(notDuckDb, "not a database, just some notes that happen to be long enough to look like a file", Token);
        var folder = temp.File("folder");
        Directory.CreateDirectory(folder);

        var missing = await new CliRunner().RunAsync(["sync", .. Filters], Token);
        var garbage = await new CliRunner().RunAsync(["sync", "--db", notDuckDb], Token);
        var directory = await new CliRunner().RunAsync(["sync", "--db", folder], Token);

        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Contains("--db is required", missing.ErrorLine, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, garbage.ExitCode);
        Assert.Contains("not a DuckDB database file", garbage.ErrorLine, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, directory.ExitCode);
        Assert.Contains("this is a folder", directory.ErrorLine, StringComparison.Ordinal);
    }
}
