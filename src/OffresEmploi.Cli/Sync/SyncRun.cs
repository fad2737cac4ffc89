namespace OffresEmploi.Cli.Sync;

/// <summary>One run of <c>offres sync</c>, as its row in <c>sync_runs</c> says.</summary>
/// <param name="Id">The run's number (1, 2, ...).</param>
/// <param name="StartedAt">When it started (UTC); the <c>first_seen</c>, <c>last_seen</c> and <c>removed_at</c> it writes.</param>
/// <param name="Mode">Its mode.</param>
/// <param name="Checkpoint">The SDK's resume point after the last page saved, when the run was interrupted.</param>
/// <param name="Seconds">The working time of its earlier sessions, when resumed.</param>
/// <param name="CreatedFrom">For a new-only run, the creation dates it asks for start here (UTC).</param>
/// <param name="CreatedTo">For a new-only run, and end here (UTC).</param>
internal sealed record SyncRun(int Id, DateTime StartedAt, SyncMode Mode, string? Checkpoint, double Seconds, DateTime? CreatedFrom, DateTime? CreatedTo);

/// <summary>What a run fetches.</summary>
internal enum SyncMode
{
    /// <summary>Every offer matching the filters: adds, updates and (when the pass is complete) marks the missing ones removed.</summary>
    Full,

    /// <summary>Only offers created since the newest one in the database: adds, and updates those it sees; marks nothing removed.</summary>
    NewOnly,
}

/// <summary>What one page changed.</summary>
/// <param name="Added">Offers not in the database before.</param>
/// <param name="Updated">Offers whose JSON changed, or that were marked removed and came back.</param>
internal readonly record struct PageChanges(int Added, int Updated);

/// <summary>The totals of a finished run.</summary>
/// <param name="Seen">Offers the run received (each once).</param>
/// <param name="Added">Offers added.</param>
/// <param name="Updated">Offers updated.</param>
/// <param name="Removed">Offers marked removed.</param>
/// <param name="Live">Offers not removed, after the run.</param>
internal readonly record struct SyncTotals(long Seen, long Added, long Updated, long Removed, long Live);
