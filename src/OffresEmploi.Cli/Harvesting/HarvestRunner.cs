using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Harvesting;

/// <summary>Drives the SDK's complete retrieval into a <see cref="HarvestOutput"/>, checkpointing after every page.</summary>
/// <remarks>The SDK walks past the range cap in creation-date windows and hands out its own resumption
/// point after each page; that point is saved with the output's, after the page is on disk, so the two
/// always agree: a resumed run neither skips nor repeats a page.</remarks>
internal static class HarvestRunner
{
    /// <summary>Harvests every offer matching the request.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The criteria.</param>
    /// <param name="output">The output (fresh or resumed).</param>
    /// <param name="report">Receives the SDK's progress after every page.</param>
    /// <param name="cancellationToken">Cancels the harvest; what was checkpointed stays resumable.</param>
    /// <returns>The SDK's final account of the run.</returns>
    public static async Task<HarvestReconciliation> RunAsync(OffresEmploiClient client, OffresSearchRequest request, HarvestOutput output, Action<HarvestProgress> report, CancellationToken cancellationToken)
    {
        var pageable = client.SearchAllAsync(request, Options(output.Resumed?.HarvesterState, report), cancellationToken);
        await foreach (var page in pageable.AsPages(cancellationToken))
        {
            _ = await output.WriteAsync(page.Offres, cancellationToken);
            await output.CheckpointAsync(pageable.Checkpoint?.ToJson(), cancellationToken);
        }

        return pageable.Reconciliation
            ?? throw new InvalidOperationException("The SDK gave no reconciliation for a complete retrieval.");
    }

    /// <summary>The SDK's options for a complete retrieval by the CLI (<c>harvest</c>, <c>sync</c>).</summary>
    /// <param name="resumeFrom">The SDK's saved resume point (<see cref="HarvestCheckpoint.ToJson"/>), or null for a fresh start.</param>
    /// <param name="report">Receives the SDK's progress after every page, on the harvest's thread.</param>
    /// <returns>The options.</returns>
    public static HarvestOptions Options(string? resumeFrom, Action<HarvestProgress> report) => new()
    {
        ResumeFrom = ResumePoint(resumeFrom),
        Progress = new SynchronousProgress<HarvestProgress>(report),

        // Offers no request can reach are counted ("N unreachable") rather than fatal: the output stays complete and
        // readable (a sync then marks nothing removed); an exception would leave it unfinished for the same offers.
        AllowPartial = true,
    };

    private static HarvestCheckpoint? ResumePoint(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return HarvestCheckpoint.FromJson(json);
        }
        catch (FormatException)
        {
            // An unreadable SDK state only costs time: the walk restarts, and what was saved is recognised again.
            return null;
        }
    }
}
