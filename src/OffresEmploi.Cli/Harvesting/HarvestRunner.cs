using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Harvesting;

/// <summary>Drives the SDK's paging into a <see cref="HarvestOutput"/>, checkpointing after every page.</summary>
internal static class HarvestRunner
{
    /// <summary>Harvests every offer the query reaches.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The criteria.</param>
    /// <param name="output">The output (fresh or resumed).</param>
    /// <param name="report">Receives the status after every page.</param>
    /// <param name="cancellationToken">Cancels the harvest; what was checkpointed stays resumable.</param>
    /// <returns>The counts for the reconciliation line.</returns>
    public static async Task<HarvestResult> RunAsync(OffresEmploiClient client, OffresSearchRequest request, HarvestOutput output, Action<HarvestStatus> report, CancellationToken cancellationToken)
    {
        var requests = 0;
        long? total = null;
        var truncated = false;
        report(new HarvestStatus(1, requests, output.Offers, total));
        await foreach (var page in client.SearchAllAsync(request, cancellationToken).AsPages(cancellationToken))
        {
            requests++;
            total ??= page.Total;
            truncated |= page.IsTruncatedByApiLimit;
            _ = await output.WriteAsync(page.Offres, cancellationToken);
            await output.CheckpointAsync(harvesterState: null, cancellationToken);
            report(new HarvestStatus(1, requests, output.Offers, total));
        }

        return new HarvestResult(1, requests, total, truncated ? client.RangeLimits.MaxLast + 1 : null);
    }
}
