using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk.Harvesting;

namespace OffresEmploi.Cli.Harvesting;

/// <summary>The texts of <c>offres harvest</c>: the progress line and the final reconciliation line.</summary>
internal static class HarvestSummary
{
    /// <summary>The progress line: "windows 3 · requests 12 · offers 1 800/9 000".</summary>
    /// <param name="progress">The SDK's report.</param>
    /// <returns>The line.</returns>
    public static string Progress(HarvestProgress progress) =>
        $"windows {Formats.Count(progress.Windows)} · requests {Formats.Count(progress.Requests)} · offers {Formats.Count(progress.Offers)}" +
        (progress.Total is { } total ? $"/{Formats.Count(total)}" : "") +
        (progress.WindowEnd is { } end ? $" · created ≤ {Formats.Date(end)}" : "");

    /// <summary>The final line: offers in the file against the API's total, the gap explained, and the work done.</summary>
    /// <param name="reconciliation">The SDK's account of the run.</param>
    /// <param name="path">The output file.</param>
    /// <param name="offers">Offers in the file (including those of earlier, interrupted runs).</param>
    /// <param name="duplicates">Offers the output skipped because the file already held them.</param>
    /// <returns>The line.</returns>
    public static string Reconcile(HarvestReconciliation reconciliation, string path, long offers, long duplicates)
    {
        var expected = reconciliation.ExpectedTotal;
        var difference = offers - expected;
        var verdict = difference == 0
            ? "complete"
            : reconciliation.StoppedAtRangeCap
                ? "stopped at the API's range cap"
                : reconciliation.Unreachable > 0
                    ? $"{Formats.Count(reconciliation.Unreachable)} unreachable (more offers created in one second than one query can reach)"
                    : difference < 0
                        ? $"{Formats.Count(-difference)} fewer: offers expired or were withdrawn during the run"
                        : $"{Formats.Count(difference)} more: offers were published during the run";
        var rewalked = reconciliation.WindowsRewalked > 0 ? $" ({Formats.Count(reconciliation.WindowsRewalked)} walked again)" : "";
        return $"Harvested {Formats.Count(offers)} of {Formats.Count(expected)} offers into {path}: {verdict}. " +
               $"{Formats.Count(reconciliation.Windows, "window")}{rewalked}, {Formats.Count(reconciliation.Requests, "request")}, " +
               $"{Formats.Count(reconciliation.DuplicatesSkipped + duplicates, "duplicate")} skipped.";
    }
}
