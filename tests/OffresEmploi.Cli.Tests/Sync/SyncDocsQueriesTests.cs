using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Testing.Docs;

namespace OffresEmploi.Cli.Tests.Sync;

/// <summary>The analyst queries of docs/sync.md run through <c>offres sql</c> on a file synced on day 0 and day 3 of the
/// sandbox's market, and each answers rows: the page cannot show a query that fails or finds nothing.</summary>
public sealed class SyncDocsQueriesTests : IClassFixture<SyncDocsQueriesTests.TwoDays>
{
    private readonly string _db;

    public SyncDocsQueriesTests(TwoDays file) => _db = file.Path;

    public static TheoryData<string> Queries => [.. SqlBlocks().Select(b => b.Location)];

    [Fact]
    public void ThePageHasFiveQueries() => Assert.Equal(5, SqlBlocks().Count());

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_RunsAndAnswersRows(string location)
    {
        var sql = SqlBlocks().Single(b => b.Location == location).Text;

        var run = await new CliRunner().RunAsync(["sql", _db, sql, "--json"], TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == ExitCodes.Success, $"{location}\n{run}");
        var rows = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(rows.Count > 0, $"{location}: no row");
        Assert.All(rows, r => Assert.True(r.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Number), $"{location}: a row without a number: {r}"));
    }

    [Fact]
    public async Task NewAndRemovedPerDay_ShowsDay3sChanges()
    {
        var sql = SqlBlocks().Single(b => b.Text.Contains("nouvelles", StringComparison.Ordinal)).Text;

        var run = await new CliRunner().RunAsync(["sql", _db, sql, "--json"], TestContext.Current.CancellationToken);

        var rows = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(0, rows[0].GetProperty("nouvelles").GetInt64());
        Assert.True(rows[1].GetProperty("nouvelles").GetInt64() > 0);
        Assert.True(rows[1].GetProperty("retirees").GetInt64() > 0);
    }

    private static IEnumerable<MarkdownBlock> SqlBlocks() => RepositoryDocs.BlocksOf("sql").Where(b => b.File == "docs/sync.md");

    /// <summary>A file synced on day 0 and day 3 (the whole test sandbox: 4,000 offers, beyond the range cap).</summary>
    public sealed class TwoDays : IAsyncLifetime
    {
        private readonly TempDirectory _temp = new();

        public string Path => _temp.File("two-days.duckdb");

        public async ValueTask InitializeAsync()
        {
            foreach (var day in new[] { 0, 3 })
            {
                using var sandbox = new SandboxHttpMessageHandler(new SandboxOptions { Seed = 7, CorpusSize = 4_000, Now = TestSandbox.Today, Day = day });
                var clock = new FakeTimeProvider(TestSandbox.Today.AddDays(day).AddHours(2));
                var run = await new CliRunner { SandboxHandler = sandbox, TimeProvider = clock }.RunAsync(["sync", "--db", Path], TestContext.Current.CancellationToken);
                Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            }
        }

        public ValueTask DisposeAsync()
        {
            _temp.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
