using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Storage;
using OffresEmploi.Cli.Sync;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Tests.Sync;

/// <summary>The sync database's bookkeeping, page by page: what counts as added, updated and removed, and what a pass
/// that was not complete must not remove.</summary>
public sealed class SyncDatabaseTests
{
    private static readonly DateTime Day1 = new(2026, 3, 2, 6, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Day2 = Day1.AddDays(1);

    private static (long Added, long Updated, long Removed) Counts(SyncTotals totals) => (totals.Added, totals.Updated, totals.Removed);

    [Fact]
    public void APassThatWasNotComplete_MarksNothingRemoved_AndSaysWhy()
    {
        using var temp = new TempDirectory();
        using (var database = SyncDatabase.Open(temp.File("partial.duckdb")))
        {
            var first = database.StartRun(SyncMode.Full, "test", Day1);
            _ = database.ApplyPage(first, SampleOffres.Range(0, 3), checkpoint: null, requests: 1, seconds: 1);
            Assert.Equal((3L, 0L, 0L), Counts(database.FinishRun(first, markRemoved: true, Day1, 3, 1, 1, note: null)));

            var second = database.StartRun(SyncMode.Full, "test", Day2);
            _ = database.ApplyPage(second, SampleOffres.Range(0, 2), checkpoint: null, requests: 1, seconds: 1);
            var totals = database.FinishRun(second, markRemoved: false, Day2, 3, 1, 1, note: "1 offers were unreachable");

            Assert.Equal((0L, 0L, 0L), Counts(totals));
            Assert.Equal(3, totals.Live);
        }

        var path = temp.File("partial.duckdb");
        Assert.Equal(0, SyncFile.Count(path, "SELECT count(*) FROM offres WHERE removed_at IS NOT NULL"));
        Assert.Equal([["1 offers were unreachable"]], SyncFile.Rows(path, "SELECT note FROM sync_runs WHERE run_id = 2"));
    }

    [Fact]
    public void ChangedRemovedAndBack_AreCountedOnce_AndTheRowFollowsTheOffer()
    {
        using var temp = new TempDirectory();
        var path = temp.File("changes.duckdb");
        using (var database = SyncDatabase.Open(path))
        {
            var first = database.StartRun(SyncMode.Full, "test", Day1);
            _ = database.ApplyPage(first, SampleOffres.Range(0, 3), null, 1, 1);
            _ = database.FinishRun(first, markRemoved: true, Day1, 3, 1, 1, null);

            // Day 2: offer 0 changed (seen twice, as overlapping windows can show it), offer 2 gone.
            var second = database.StartRun(SyncMode.Full, "test", Day2);
            var changed = SampleOffres.Create(0) with { Intitule = "Boulanger (F/H) — nouveau titre" };
            var page = database.ApplyPage(second, [changed, SampleOffres.Create(1)], null, 1, 1);
            var again = database.ApplyPage(second, [changed], null, 2, 1);
            var totals = database.FinishRun(second, markRemoved: true, Day2, 2, 2, 1, null);

            Assert.Equal(new PageChanges(0, 1), page);
            Assert.Equal(new PageChanges(0, 0), again);
            Assert.Equal((0L, 1L, 1L), Counts(totals));

            // Day 3: offer 2 is back.
            var third = database.StartRun(SyncMode.Full, "test", Day2.AddDays(1));
            var back = database.ApplyPage(third, [changed, SampleOffres.Create(1), SampleOffres.Create(2)], null, 1, 1);
            Assert.Equal(new PageChanges(0, 1), back);
        }

        var id0 = SampleOffres.Create(0).Id;
        var id2 = SampleOffres.Create(2).Id;
        Assert.Equal([["Boulanger (F/H) — nouveau titre", Day2]], SyncFile.Rows(path, $"SELECT intitule, changed_at FROM offres WHERE id = '{id0}'"));
        Assert.Equal([[null, Day2.AddDays(1), Day1]], SyncFile.Rows(path, $"SELECT removed_at, changed_at, first_seen FROM offres WHERE id = '{id2}'"));
    }

    [Fact]
    public void AFileWithOtherTables_OrAnotherSchema_IsRefused()
    {
        using var temp = new TempDirectory();
        var other = temp.File("other.duckdb");
        using (var connection = DuckDbEngine.Open(other, readOnly: false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE ventes (id INTEGER)";
            _ = command.ExecuteNonQuery();
        }

        var error = Assert.Throws<UsageException>(() => SyncDatabase.Open(other));

        Assert.Contains("this DuckDB file holds other tables", error.Message, StringComparison.Ordinal);
    }
}
