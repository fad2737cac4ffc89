using System.Text.Json;
using OffresEmploi.Cli.Filters;
using OffresEmploi.Cli.Harvesting;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;
using OffresEmploi.Cli.Sync;
using Spectre.Console;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres sync --db FILE</c>: keeps a DuckDB history of the offers matching the filters: first and last seen,
/// removed, changed (docs/sync.md).</summary>
/// <remarks>The API can filter on creation dates only, so a full run reads every matching offer (that is also how updates
/// and removals show); <c>--new-only</c> reads only offers created since the newest one held.</remarks>
internal sealed class SyncCommand(CliContext context) : ApiCommand<SyncSettings>(context)
{
    // New-only runs start this far before the newest creation date held: offers are not always listed the second they are created.
    private static readonly TimeSpan NewOnlyOverlap = TimeSpan.FromHours(1);

    public override async Task<int> ExecuteAsync(SyncSettings settings, CancellationToken cancellationToken)
    {
        using var database = SyncDatabase.Open(settings.Db!);
        var query = ChooseQuery(settings, database);
        using var session = OpenSession(settings);
        CheckSource(database, session.Source, settings.Db!);

        var run = ResumeOrStart(settings, database, query);
        var started = Context.TimeProvider.GetTimestamp();
        double Elapsed() => run.Seconds + Context.TimeProvider.GetElapsedTime(started).TotalSeconds;
        var request = run.Mode == SyncMode.NewOnly
            ? query.Request with
            {
                MinCreationDate = new DateTimeOffset(run.CreatedFrom!.Value, TimeSpan.Zero),
                MaxCreationDate = new DateTimeOffset(run.CreatedTo!.Value, TimeSpan.Zero),
            }
            : query.Request;

        var progress = new HarvestProgressView(Context.Error, Context.TimeProvider);
        Sdk.Models.HarvestReconciliation reconciliation;
        try
        {
            reconciliation = await progress.RunAsync(
                report => SyncRunner.RunAsync(session.Client, request, database, run, report, Elapsed, cancellationToken),
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            PlainLine.Write(Context.Error, "[yellow]Cancelled:[/] ", SyncSummary.Cancelled(settings.Db!, run));
            return ExitCodes.Cancelled;
        }

        var noRemovals = SyncSummary.NoRemovals(run.Mode, reconciliation);
        var seconds = Elapsed();
        var totals = database.FinishRun(run, markRemoved: noRemovals is null, Context.TimeProvider.GetUtcNow().UtcDateTime, reconciliation.ExpectedTotal, reconciliation.Requests, seconds, noRemovals);
        PlainLine.Write(Context.Out, "", SyncSummary.Done(settings.Db!, run, totals, reconciliation.Requests, seconds));
        if (noRemovals is not null && run.Mode == SyncMode.Full)
        {
            PlainLine.Write(Context.Error, "[yellow]No offer marked removed:[/] ", noRemovals + ".");
        }

        return ExitCodes.Success;
    }

    // The file keeps the filters of its first run: a later run may omit them, and may not change them (offers outside the new
    // filters would all read as removed).
    private SearchQuery ChooseQuery(SyncSettings settings, SyncDatabase database)
    {
        var given = BuildQuery(settings);
        var storedJson = database.GetMeta("filters_json");
        if (storedJson is null)
        {
            database.SetMeta("filters_json", JsonSerializer.Serialize<FilterSettings>(settings, CliJsonContext.Default.FilterSettings));
            database.SetMeta("filters", given.Summary);
            return given;
        }

        var stored = database.GetMeta("filters");
        if (given.Summary == stored)
        {
            return given;
        }

        if (given.Parameters.Count > 0)
        {
            throw new UsageException($"--db {settings.Db}: this file follows other filters ({stored}); run with the same filters, with none (the file's are used), or give another --db file.");
        }

        var saved = JsonSerializer.Deserialize(storedJson, CliJsonContext.Default.FilterSettings)
            ?? throw new UsageException($"--db {settings.Db}: its saved filters cannot be read; give another --db file.");
        return BuildQuery(saved);
    }

    private static void CheckSource(SyncDatabase database, string source, string path)
    {
        var stored = database.GetMeta("source");
        if (stored is null)
        {
            database.SetMeta("source", source);
        }
        else if (stored != source)
        {
            // Mixing sources would mark every offer of one as removed by the other.
            throw new UsageException($"--db {path}: this file holds offers from {stored}, and this run would read {source}; use the same source (credentials, --sandbox) or another --db file.");
        }
    }

    private SyncRun ResumeOrStart(SyncSettings settings, SyncDatabase database, SearchQuery query)
    {
        var mode = settings.NewOnly ? SyncMode.NewOnly : SyncMode.Full;
        if (database.FindUnfinishedRun() is { } unfinished)
        {
            if (settings.Restart)
            {
                database.Abandon(unfinished);
            }
            else if (unfinished.Mode != mode)
            {
                var flag = unfinished.Mode == SyncMode.NewOnly ? "with --new-only" : "without --new-only";
                throw new UsageException($"--db {settings.Db}: run {unfinished.Id} ({SyncDatabase.ModeText(unfinished.Mode)}) was interrupted; run {flag} to finish it, or add --restart to abandon it.");
            }
            else
            {
                PlainLine.Write(Context.Error, "", $"Resuming run {unfinished.Id} of {settings.Db} (started {unfinished.StartedAt:u}).");
                return unfinished;
            }
        }

        var now = Context.TimeProvider.GetUtcNow().UtcDateTime;
        if (mode == SyncMode.Full)
        {
            return database.StartRun(mode, query.Summary, now);
        }

        if (!database.HasCompleteFullRun() || database.NewestCreation() is not { } newest)
        {
            throw new UsageException($"--new-only: {settings.Db} has no complete full run to start from; run offres sync --db {settings.Db} without --new-only first.");
        }

        // Both bounds are sent: whether the API accepts minCreationDate alone is not established (docs/sync.md).
        var from = newest - NewOnlyOverlap;
        if (query.Request.MinCreationDate is { } since && since.UtcDateTime > from)
        {
            from = since.UtcDateTime;
        }

        var to = query.Request.MaxCreationDate?.UtcDateTime ?? now;
        return database.StartRun(mode, query.Summary, now, from, to);
    }
}
