using System.Text.Json;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Sync;

/// <summary><c>offres sql</c> on a file written by <c>offres sync</c>: table, records, CSV and JSON Lines, and its errors.</summary>
public sealed class SqlCommandTests : IClassFixture<SqlCommandTests.SyncedFile>
{
    private const string ByContract = "SELECT departement, count(*) AS offres FROM offres WHERE departement IS NOT NULL GROUP BY ALL ORDER BY offres DESC, departement LIMIT 8";

    private readonly string _db;

    public SqlCommandTests(SyncedFile file) => _db = file.Path;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Table_ShowsTheRowsWithTheirCount()
    {
        var expected = SyncFile.Rows(_db, ByContract);

        var run = await new CliRunner().RunAsync(["sql", _db, ByContract], Token);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("departement", run.Out, StringComparison.Ordinal);
        foreach (var row in expected)
        {
            Assert.Matches($@"│ {row[0]} +│ +{row[1]} │", run.Out);
        }

        Assert.Contains(Formats.Count(expected.Count, "row") + ".", run.Out, StringComparison.Ordinal);
        LayoutAssert.LinesFit(run.Out, 160);
    }

    [Fact]
    public async Task Table_StopsAtLimit_AndSaysHowToGetTheRest()
    {
        var run = await new CliRunner().RunAsync(["sql", _db, "SELECT id FROM offres ORDER BY id", "--limit", "3"], Token);
        var total = SyncFile.Count(_db, "SELECT count(*) FROM offres");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(3, run.OutLines.Count(l => l.StartsWith("│ ", StringComparison.Ordinal) && !l.Contains("id ", StringComparison.Ordinal)));
        Assert.Contains($"3 of {Formats.Count(total, "row")} shown; --limit shows more, --csv or --json writes them all.", run.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WideResults_AreShownOneFieldPerLine_WithinTheWidth()
    {
        var run = await new CliRunner { Width = 80 }.RunAsync(["sql", _db, "SELECT * FROM offres ORDER BY id", "--limit", "2"], Token);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(2, run.OutLines.Count(l => l.StartsWith("-[ row ", StringComparison.Ordinal)));
        Assert.Contains(run.OutLines, l => l.StartsWith("json ", StringComparison.Ordinal) && l.EndsWith('…'));
        LayoutAssert.LinesFit(run.Out, 80);
    }

    [Fact]
    public async Task Csv_WritesEveryRowWithAHeader()
    {
        var expected = SyncFile.Rows(_db, "SELECT id, dateCreation, latitude FROM offres ORDER BY id");

        var run = await new CliRunner().RunAsync(["sql", _db, "SELECT id, dateCreation, latitude FROM offres ORDER BY id", "--csv"], Token);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,dateCreation,latitude", lines[0]);
        Assert.Equal(expected.Count + 1, lines.Length);
        var first = expected[0];
        Assert.Equal($"{first[0]},{(DateTime)first[1]!:yyyy-MM-dd HH:mm:ss},{((double?)first[2])?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}", lines[1]);
    }

    [Fact]
    public async Task Json_WritesOneObjectPerRow_NumbersAsNumbersAndNullsAsNull()
    {
        var run = await new CliRunner().RunAsync(["sql", _db, "SELECT 'é' AS texte, 42 AS n, 2.5 AS d, NULL AS rien, [1, 2] AS liste, {'a': 1} AS objet, true AS oui UNION ALL SELECT 'b', 1, 0.5, NULL, [], {'a': 2}, false", "--json"], Token);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("""{"texte":"é","n":42,"d":2.5,"rien":null,"liste":[1,2],"objet":{"a":1},"oui":true}""", lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Array, second.RootElement.GetProperty("liste").ValueKind);
    }

    [Theory]
    [InlineData("SELEC 1", "QUERY: Parser Error")]
    [InlineData("SELECT nope FROM offres", "QUERY: Binder Error")]
    [InlineData("DELETE FROM offres", "read-only")]
    public async Task BadOrWritingQueries_AreUsageErrors_AndChangeNothing(string query, string message)
    {
        var before = SyncFile.Count(_db, "SELECT count(*) FROM offres");

        var run = await new CliRunner().RunAsync(["sql", _db, query], Token);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.ErrorLine, StringComparison.Ordinal);
        Assert.Equal(before, SyncFile.Count(_db, "SELECT count(*) FROM offres"));
    }

    [Fact]
    public async Task BadArguments_AreUsageErrorsNamingThem()
    {
        using var temp = new TempDirectory();
        var missing = await new CliRunner().RunAsync(["sql", temp.File("none.duckdb"), "SELECT 1"], Token);
        var both = await new CliRunner().RunAsync(["sql", _db, "SELECT 1", "--csv", "--json"], Token);
        var limit = await new CliRunner().RunAsync(["sql", _db, "SELECT 1", "--limit", "0"], Token);

        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Contains("no such file; create it with offres sync --db", missing.ErrorLine, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("none.duckdb")));
        Assert.Equal(ExitCodes.Usage, both.ExitCode);
        Assert.Contains("--csv and --json cannot be used together", both.ErrorLine, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, limit.ExitCode);
        Assert.Contains("--limit", limit.ErrorLine, StringComparison.Ordinal);
    }

    /// <summary>One file synced once for the class (a quarter of the test sandbox).</summary>
    public sealed class SyncedFile : IAsyncLifetime
    {
        private readonly TempDirectory _temp = new();

        public string Path => _temp.File("sql.duckdb");

        public async ValueTask InitializeAsync()
        {
            var run = await new CliRunner().RunAsync(["sync", "--db", Path, "--type-contrat", "CDD"], TestContext.Current.CancellationToken);
            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        }

        public ValueTask DisposeAsync()
        {
            _temp.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
