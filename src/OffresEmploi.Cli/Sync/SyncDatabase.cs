using System.Data;
using System.Globalization;
using DuckDB.NET.Data;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Storage;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Sync;

/// <summary>The DuckDB file of <c>offres sync</c>: the <c>offres</c> table (one row per offer id, ever), the <c>sync_runs</c>
/// journal and the <c>sync_meta</c> settings (schema version, filters, data source).</summary>
/// <remarks>Each page is applied in one transaction together with the SDK's resume point, so an interrupted run resumes
/// exactly after the last page saved. Which offers a run saw is kept by run number (<c>last_run</c>), not by time: two
/// runs in the same second (or under a frozen test clock) stay distinct.</remarks>
internal sealed class SyncDatabase : IDisposable
{
    /// <summary>The schema version this code writes; a file with another is refused rather than half-understood.</summary>
    public const int SchemaVersion = 1;

    private static readonly string UpdateColumns = string.Join(", ", SyncColumns.All.Where(c => c.Name != "id").Select(c => $"{c.Name} = p.{c.Name}"));

    private readonly DuckDBConnection _connection;

    private SyncDatabase(DuckDBConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens the file, creating it and its tables when missing.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The database.</returns>
    /// <exception cref="UsageException">The file is not a sync database of this version, or another process holds it.</exception>
    public static SyncDatabase Open(string path)
    {
        var connection = DuckDbFiles.OpenForWriting(path, "--db");
        var database = new SyncDatabase(connection, path);
        try
        {
            database.CreateSchema();
        }
        catch
        {
            database.Dispose();
            throw;
        }

        return database;
    }

    /// <summary>Reads a setting of <c>sync_meta</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value, or null.</returns>
    public string? GetMeta(string key) => Scalar("SELECT value FROM sync_meta WHERE key = $key", ("key", key)) as string;

    /// <summary>Writes a setting of <c>sync_meta</c>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public void SetMeta(string key, string value) =>
        Execute("INSERT OR REPLACE INTO sync_meta VALUES ($key, $value)", ("key", key), ("value", value));

    /// <summary>The run left unfinished by an interruption, if any.</summary>
    /// <returns>The run, or null.</returns>
    public SyncRun? FindUnfinishedRun()
    {
        using var command = Command("SELECT run_id, started_at, mode, checkpoint, duration_seconds, created_from, created_to FROM sync_runs WHERE status = 'running' ORDER BY run_id DESC LIMIT 1");
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new SyncRun(
                reader.GetInt32(0),
                reader.GetDateTime(1),
                ParseMode(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetDouble(4),
                reader.IsDBNull(5) ? null : reader.GetDateTime(5),
                reader.IsDBNull(6) ? null : reader.GetDateTime(6))
            : null;
    }

    /// <summary>Whether a full run has ever completed (a new-only run needs one to start from).</summary>
    /// <returns>True when one has.</returns>
    public bool HasCompleteFullRun() =>
        Convert.ToInt64(Scalar("SELECT count(*) FROM sync_runs WHERE mode = 'full' AND status = 'complete'"), CultureInfo.InvariantCulture) > 0;

    /// <summary>The newest creation date among the offers held.</summary>
    /// <returns>The date (UTC), or null when the table is empty.</returns>
    public DateTime? NewestCreation() => Scalar("SELECT max(dateCreation) FROM offres") is DateTime newest ? newest : null;

    /// <summary>Starts a run.</summary>
    /// <param name="mode">What it fetches.</param>
    /// <param name="filters">The filters' canonical text.</param>
    /// <param name="startedAt">Now (UTC).</param>
    /// <param name="createdFrom">For a new-only run, the first creation date it asks for.</param>
    /// <param name="createdTo">For a new-only run, the last.</param>
    /// <returns>The run.</returns>
    public SyncRun StartRun(SyncMode mode, string filters, DateTime startedAt, DateTime? createdFrom = null, DateTime? createdTo = null)
    {
        // Microseconds: DuckDB's TIMESTAMP resolution, so the run's time reads back equal to what rows carry.
        var at = new DateTime(startedAt.Ticks - (startedAt.Ticks % 10), DateTimeKind.Utc);
        var id = Convert.ToInt32(Scalar("SELECT coalesce(max(run_id), 0) + 1 FROM sync_runs"), CultureInfo.InvariantCulture);
        Execute(
            "INSERT INTO sync_runs (run_id, started_at, status, mode, filters, created_from, created_to, seen, added, updated, removed, requests, duration_seconds) " +
            "VALUES ($id, $at, 'running', $mode, $filters, $from, $to, 0, 0, 0, 0, 0, 0)",
            ("id", id), ("at", at), ("mode", ModeText(mode)), ("filters", filters), ("from", createdFrom), ("to", createdTo));
        return new SyncRun(id, at, mode, null, 0, createdFrom, createdTo);
    }

    /// <summary>Abandons the unfinished run (<c>--restart</c>): its rows stay, marked seen by it; the next full run sees them again.</summary>
    /// <param name="run">The run.</param>
    public void Abandon(SyncRun run) => Execute("UPDATE sync_runs SET status = 'abandoned', checkpoint = NULL WHERE run_id = $id", ("id", run.Id));

    /// <summary>Applies one page and saves the resume point, in one transaction.</summary>
    /// <param name="run">The run.</param>
    /// <param name="offres">The page's offers.</param>
    /// <param name="checkpoint">The SDK's resume point after this page.</param>
    /// <param name="requests">The requests the run has sent so far.</param>
    /// <param name="seconds">The run's working time so far.</param>
    /// <returns>What the page changed.</returns>
    public PageChanges ApplyPage(SyncRun run, IReadOnlyList<Offre> offres, string? checkpoint, int requests, double seconds)
    {
        Execute("DELETE FROM page");
        using (var appender = _connection.CreateAppender("temp", "main", "page"))
        {
            foreach (var offre in offres)
            {
                if (offre.Id is null)
                {
                    continue;
                }

                var row = SyncRow.From(offre);
                var values = appender.CreateRow();
                foreach (var column in SyncColumns.All)
                {
                    column.Append(values, row);
                }

                values.EndRow();
            }
        }

        using var transaction = _connection.BeginTransaction();
        (string, object?)[] parameters = [("run", run.Id), ("at", run.StartedAt)];

        // Changed (or back after being marked removed) first, so the rows inserted below are not counted again.
        var updated = Execute(
            $"UPDATE offres o SET {UpdateColumns}, changed_at = $at, removed_at = NULL, last_seen = $at, last_run = $run " +
            "FROM (SELECT * FROM page QUALIFY row_number() OVER (PARTITION BY id) = 1) p " +
            "WHERE o.id = p.id AND (o.json_hash <> p.json_hash OR o.removed_at IS NOT NULL)",
            parameters);
        var added = Execute(
            $"INSERT INTO offres (first_seen, last_seen, last_run, {SyncColumns.Names}) " +
            $"SELECT $at, $at, $run, {SyncColumns.Names} FROM page WHERE id NOT IN (SELECT id FROM offres) QUALIFY row_number() OVER (PARTITION BY id) = 1",
            parameters);
        _ = Execute(
            "UPDATE offres o SET last_seen = $at, last_run = $run FROM (SELECT DISTINCT id FROM page) p WHERE o.id = p.id AND o.last_run <> $run",
            parameters);
        _ = Execute(
            "UPDATE sync_runs SET added = added + $added, updated = updated + $updated, requests = $requests, duration_seconds = $seconds, checkpoint = $checkpoint WHERE run_id = $run",
            ("run", run.Id), ("added", added), ("updated", updated), ("requests", requests), ("seconds", seconds), ("checkpoint", checkpoint));
        transaction.Commit();
        return new PageChanges(added, updated);
    }

    /// <summary>Finishes a run: marks the offers it did not see removed (when asked), and records its totals.</summary>
    /// <param name="run">The run.</param>
    /// <param name="markRemoved">Whether the pass was complete and full, so that an offer not seen is gone.</param>
    /// <param name="finishedAt">Now (UTC).</param>
    /// <param name="apiTotal">The total the API announced.</param>
    /// <param name="requests">The requests the run sent.</param>
    /// <param name="seconds">The run's working time.</param>
    /// <param name="note">Why removals were not marked, or null.</param>
    /// <returns>The run's totals.</returns>
    public SyncTotals FinishRun(SyncRun run, bool markRemoved, DateTime finishedAt, long apiTotal, int requests, double seconds, string? note)
    {
        using var transaction = _connection.BeginTransaction();
        var removed = markRemoved
            ? Execute("UPDATE offres SET removed_at = $at WHERE removed_at IS NULL AND last_run <> $run", ("at", run.StartedAt), ("run", run.Id))
            : 0;
        var seen = Count("SELECT count(*) FROM offres WHERE last_run = $run", ("run", run.Id));
        var live = Count("SELECT count(*) FROM offres WHERE removed_at IS NULL");
        _ = Execute(
            "UPDATE sync_runs SET status = 'complete', finished_at = $finished, seen = $seen, removed = $removed, live = $live, api_total = $total, " +
            "requests = $requests, duration_seconds = $seconds, checkpoint = NULL, note = $note WHERE run_id = $run",
            ("run", run.Id), ("finished", finishedAt), ("seen", seen), ("removed", removed), ("live", live), ("total", apiTotal),
            ("requests", requests), ("seconds", seconds), ("note", note));
        transaction.Commit();
        using var command = Command("SELECT added, updated FROM sync_runs WHERE run_id = $run", ("run", run.Id));
        using var reader = command.ExecuteReader();
        _ = reader.Read();
        return new SyncTotals(seen, reader.GetInt64(0), reader.GetInt64(1), removed, live);
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    /// <summary>The text of a mode in <c>sync_runs</c>.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns><c>full</c> or <c>new-only</c>.</returns>
    public static string ModeText(SyncMode mode) => mode == SyncMode.NewOnly ? "new-only" : "full";

    private static SyncMode ParseMode(string text) => text == "new-only" ? SyncMode.NewOnly : SyncMode.Full;

    private void CreateSchema()
    {
        var offerColumns = string.Join(",\n  ", SyncColumns.All.Select(c => c.Name == "id" ? "id VARCHAR PRIMARY KEY" : $"{c.Name} {c.SqlType}"));
        var pageColumns = string.Join(", ", SyncColumns.All.Select(c => $"{c.Name} {c.SqlType}"));
        Execute("CREATE TABLE IF NOT EXISTS sync_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
        var version = GetMeta("schema_version");
        if (version is null)
        {
            if (Count("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND table_name <> 'sync_meta'") > 0)
            {
                throw new UsageException($"--db {Path}: this DuckDB file holds other tables; give a new file or one written by offres sync.");
            }

            using var transaction = _connection.BeginTransaction();
            Execute(
                $"CREATE TABLE offres (\n  {offerColumns},\n  first_seen TIMESTAMP NOT NULL,\n  last_seen TIMESTAMP NOT NULL,\n  removed_at TIMESTAMP,\n  changed_at TIMESTAMP,\n  last_run INTEGER NOT NULL\n)");
            Execute(
                "CREATE TABLE sync_runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, status VARCHAR NOT NULL, " +
                "mode VARCHAR NOT NULL, filters VARCHAR NOT NULL, created_from TIMESTAMP, created_to TIMESTAMP, seen BIGINT, added BIGINT, updated BIGINT, removed BIGINT, live BIGINT, api_total BIGINT, " +
                "requests INTEGER, duration_seconds DOUBLE, checkpoint VARCHAR, note VARCHAR)");
            SetMeta("schema_version", SchemaVersion.ToString(CultureInfo.InvariantCulture));
            transaction.Commit();
        }
        else if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw new UsageException($"--db {Path}: written by another version of offres sync (schema {version}; this one writes {SchemaVersion}); give a new file.");
        }

        Execute($"CREATE TEMP TABLE IF NOT EXISTS page ({pageColumns})");

        // One commit per page keeps a run resumable, but DuckDB checkpoints every 16 MB of log by default, and each checkpoint
        // rewrites the table's open row group: a first sync of 20,000 offers left the file 80 % larger than its data.
        // The log now grows until the run closes the file, which checkpoints once.
        Execute("SET checkpoint_threshold = '4GB'");
    }

    private DuckDBCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            _ = command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private long Count(string sql, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(Scalar(sql, parameters), CultureInfo.InvariantCulture);
}
