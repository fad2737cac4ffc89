using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Sync;

/// <summary>The texts of <c>offres sync</c>: the final line, the Ctrl+C line, and why removals were not marked.</summary>
internal static class SyncSummary
{
    /// <summary>The final line.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="run">The run.</param>
    /// <param name="totals">Its totals.</param>
    /// <param name="requests">The requests it sent.</param>
    /// <param name="seconds">Its working time.</param>
    /// <returns>"Synced offres.duckdb (run 3, full): 20,130 live offers; 310 added, 95 updated, 280 removed; 160 requests in 12.3 s."</returns>
    public static string Done(string path, SyncRun run, SyncTotals totals, int requests, double seconds) =>
        $"Synced {path} (run {run.Id}, {SyncDatabase.ModeText(run.Mode)}): {Formats.Count(totals.Live)} live offers; " +
        $"{Formats.Count(totals.Added)} added, {Formats.Count(totals.Updated)} updated, {Formats.Count(totals.Removed)} removed; " +
        $"{Formats.Count(requests, "request")} in {seconds.ToString("0.0", Formats.Culture)} s.";

    /// <summary>Why the run marked no offer removed, or null when it could.</summary>
    /// <param name="mode">The run's mode.</param>
    /// <param name="reconciliation">The SDK's account of the pass.</param>
    /// <returns>The reason, or null.</returns>
    public static string? NoRemovals(SyncMode mode, HarvestReconciliation reconciliation) =>
        mode == SyncMode.NewOnly
            ? "a new-only run marks nothing removed; a full run (without --new-only) does"
            : reconciliation.StoppedAtRangeCap
                ? "the pass stopped at the API's range cap, so an offer not seen may still be live"
                : reconciliation.Unreachable > 0
                    ? $"{Formats.Count(reconciliation.Unreachable)} offers were unreachable (more created in one second than one query can reach), so an offer not seen may still be live"
                    : null;

    /// <summary>The Ctrl+C line, after its "Cancelled:" prefix.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="run">The run.</param>
    /// <returns>"run 3 saved up to its last page in offres.duckdb; run the same command again to resume."</returns>
    public static string Cancelled(string path, SyncRun run) =>
        $"run {run.Id} is saved up to its last page in {path}; run the same command again to resume (or add --restart to start over).";
}
