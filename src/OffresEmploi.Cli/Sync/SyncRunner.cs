using OffresEmploi.Cli.Harvesting;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Sync;

/// <summary>Drives the SDK's complete retrieval into a <see cref="SyncDatabase"/>, one transaction per page.</summary>
/// <remarks>The SDK walks past the range cap in creation-date windows and hands out its resume point after each page; the
/// point is committed with the page's rows, so a resumed run neither skips nor repeats a page.</remarks>
internal static class SyncRunner
{
    /// <summary>Fetches every offer of the request into the run.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The criteria (for a new-only run, already narrowed to recent creation dates).</param>
    /// <param name="database">The database.</param>
    /// <param name="run">The run (fresh or resumed).</param>
    /// <param name="report">Receives the SDK's progress after every page.</param>
    /// <param name="elapsed">The run's working time so far (earlier sessions of a resumed run included).</param>
    /// <param name="cancellationToken">Cancels the run; what was committed stays resumable.</param>
    /// <returns>The SDK's final account of the pass.</returns>
    public static async Task<HarvestReconciliation> RunAsync(
        OffresEmploiClient client,
        OffresSearchRequest request,
        SyncDatabase database,
        SyncRun run,
        Action<HarvestProgress> report,
        Func<double> elapsed,
        CancellationToken cancellationToken)
    {
        var pageable = client.SearchAllAsync(request, HarvestRunner.Options(run.Checkpoint, report), cancellationToken);
        await foreach (var page in pageable.AsPages(cancellationToken))
        {
            var checkpoint = pageable.Checkpoint;
            _ = database.ApplyPage(run, page.Offres, checkpoint?.ToJson(), checkpoint?.Requests ?? 0, elapsed());
        }

        return pageable.Reconciliation
            ?? throw new InvalidOperationException("The SDK gave no reconciliation for a complete retrieval.");
    }
}
