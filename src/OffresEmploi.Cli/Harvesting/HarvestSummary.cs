using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk.Models;
using Spectre.Console;

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
        (progress.WindowEnd is { } end ? $" · created ≤ {Formats.Date(end)}" : "") +
        (progress.Pause is { } pause ? " · " + Paused(pause) : "");

    /// <summary>The pause after a failed page: what failed, when the page is asked again, and how long until the harvest gives up.</summary>
    /// <param name="pause">The SDK's pause.</param>
    /// <returns>"paused: France Travail's API is failing (HTTP 503…) · retrying in 10 s (no answer for 0:45 of 10:00)".</returns>
    public static string Paused(HarvestPause pause) =>
        $"paused: {ErrorReporter.Describe(pause.Cause).Message} · retrying in {Math.Ceiling(pause.Delay.TotalSeconds):0} s " +
        $"(no answer for {Clock(pause.Stalled)} of {Clock(pause.StallTimeout)})";

    private static string Clock(TimeSpan value) => value.ToString(value.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes the Ctrl+C line: what is kept, and that the same command goes on from there; one line at any width.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="offers">Offers in the file, kept by its checkpoint.</param>
    /// <param name="path">The output file.</param>
    public static void WriteCancelled(IAnsiConsole error, long offers, string path) =>
        PlainLine.Write(error, "[yellow]Cancelled:[/] ", Cancelled(offers, path));

    /// <summary>The text of the Ctrl+C line after its "Cancelled:" prefix.</summary>
    /// <param name="offers">Offers in the file, kept by its checkpoint.</param>
    /// <param name="path">The output file.</param>
    /// <returns>"450 offers kept in offres.csv; run the same command again to resume."</returns>
    public static string Cancelled(long offers, string path) =>
        $"{Formats.Count(offers)} offers kept in {path}; run the same command again to resume.";

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
