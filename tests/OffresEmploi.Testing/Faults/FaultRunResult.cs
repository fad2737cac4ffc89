using OffresEmploi.Sdk;
using System.Globalization;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Testing.Faults;

/// <summary>What one scenario of the matrix produced, checked against the corpus.</summary>
internal sealed record FaultRunResult
{
    /// <summary>Gets the scenario.</summary>
    public required FaultScenario Scenario { get; init; }

    /// <summary>Gets the offers the sandbox holds for the query.</summary>
    public required int Expected { get; init; }

    /// <summary>Gets every id yielded, in order, over all the runs (interrupted, resumed) of the scenario.</summary>
    public required IReadOnlyList<string> Harvested { get; init; }

    /// <summary>Gets the distinct ids yielded.</summary>
    public required int Distinct { get; init; }

    /// <summary>Gets the expected ids never yielded.</summary>
    public required int Lost { get; init; }

    /// <summary>Gets the ids yielded more than once (counted once per extra copy).</summary>
    public int Duplicated => Harvested.Count - Distinct;

    /// <summary>Gets the yielded ids the sandbox does not hold for the query (never expected).</summary>
    public required int Unknown { get; init; }

    /// <summary>Gets what went over the wire, both clients together when a healthy resume followed an error.</summary>
    public required WireCounts Wire { get; init; }

    /// <summary>Gets the retries the SDK logged.</summary>
    public required long Retries { get; init; }

    /// <summary>Gets the retries of the faulty run by the reason the SDK logged (a status, an exception type, "unreadable body").</summary>
    public required IReadOnlyDictionary<string, long> RetriesByReason { get; init; }

    /// <summary>Gets the retries of the faulty run logged for <paramref name="reason"/>.</summary>
    public long RetriesFor(string reason) => RetriesByReason.GetValueOrDefault(reason);

    /// <summary>Gets the harvest pages of the faulty run requested again after a pause, by the status of the failure (0: no response).</summary>
    public IReadOnlyDictionary<int, long> PageRetriesByStatus { get; init; } = new Dictionary<int, long>();

    /// <summary>Gets the pages requested again after failures with <paramref name="status"/>; for 2xx, every success status.</summary>
    public long PageRetriesFor(int status) => status is >= 200 and < 300
        ? PageRetriesByStatus.Where(p => p.Key is >= 200 and < 300).Sum(p => p.Value)
        : PageRetriesByStatus.GetValueOrDefault(status);

    /// <summary>Gets every page requested again after a pause.</summary>
    public long PageRetries => PageRetriesByStatus.Values.Sum();

    /// <summary>Gets the time the scenario took on its own clock (longer than <see cref="Wall"/> on a compressed clock).</summary>
    public TimeSpan ClockTime { get; init; }

    /// <summary>Gets the waits the SDK logged after each 429 of the faulty run (the server's Retry-After, capped).</summary>
    public required IReadOnlyList<TimeSpan> ThrottleWaits { get; init; }

    /// <summary>Gets the distinct offers yielded before <see cref="Error"/> stopped the faulty run.</summary>
    public int YieldedBeforeError { get; init; }

    /// <summary>Gets the 401 replays the SDK logged.</summary>
    public required long Replays { get; init; }

    /// <summary>Gets the search requests the harvester sent (each counted once however often it was retried).</summary>
    public required int HarvestRequests { get; init; }

    /// <summary>Gets the enumerations cut short by the caller's cancellation.</summary>
    public required int Interruptions { get; init; }

    /// <summary>Gets the wall time of the scenario.</summary>
    public required TimeSpan Wall { get; init; }

    /// <summary>Gets the error that stopped the faulty run, if any.</summary>
    public Exception? Error { get; init; }

    /// <summary>Gets whether the run was resumed against a healthy sandbox after <see cref="Error"/>.</summary>
    public bool ResumedAfterError { get; init; }

    /// <summary>Gets the account of the last enumeration that ran to the end, if one did.</summary>
    public HarvestReconciliation? Reconciliation { get; init; }

    /// <summary>Gets whether every expected offer came back exactly once and the last run said it was complete.</summary>
    public bool Complete => Lost == 0 && Duplicated == 0 && Unknown == 0 && Reconciliation is { IsExact: true };

    /// <summary>Gets the outcome, as printed in the table.</summary>
    public string Outcome
    {
        get
        {
            var error = Error switch
            {
                null => null,
                OffresEmploiHarvestException { InnerException: OffresEmploiThrottledException { RetryAfter: { } wait } t } h =>
                    string.Create(CultureInfo.InvariantCulture, $"{h.Reason}: {t.GetType().Name} {t.Status}, Retry-After {wait.TotalSeconds:0.#} s"),
                OffresEmploiHarvestException { InnerException: OffresEmploiException inner } h =>
                    string.Create(CultureInfo.InvariantCulture, $"{h.Reason}: {inner.GetType().Name} {inner.Status}"),
                OffresEmploiHarvestException h => string.Create(CultureInfo.InvariantCulture, $"{h.Reason} {h.Status}"),
                OffresEmploiException e => string.Create(CultureInfo.InvariantCulture, $"{e.GetType().Name} {e.Status}"),
                _ => "UNTYPED " + Error.GetType().Name,
            };
            var verdict = Complete ? "complete" : Error is null ? "INCOMPLETE" : "stopped";
            return (error, ResumedAfterError) switch
            {
                (null, _) => verdict,
                (_, true) => string.Create(CultureInfo.InvariantCulture, $"{error} after {YieldedBeforeError:N0} offers; resumed from the checkpoint: {verdict}"),
                _ => $"{error} after {Distinct:N0} offers (typed, resumable)",
            };
        }
    }

    /// <summary>Returns the table header matching <see cref="ToMarkdownRow"/>.</summary>
    public static string MarkdownHeader() =>
        "| profile | sandbox faults | offers expected | offers harvested | lost | duplicated | requests (wire / harvest) | faults injected | retries (call / page) | 401 replays / token requests | wall (clock) | outcome |\n"
        + "|---|---|--:|--:|--:|--:|--:|---|--:|--:|--:|---|";

    private string Clock => Scenario.ClockFactor > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({ClockTime.TotalSeconds:F0} s)") : "";

    /// <summary>Returns the result as one Markdown table row.</summary>
    public string ToMarkdownRow()
    {
        // A run stopped by an expected error did not claim completeness: what it has not reached is not lost.
        var lost = Error is not null && !ResumedAfterError ? "n/a" : Lost.ToString("N0", CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {Scenario.Name} | `{Scenario.Faults}` | {Expected:N0} | {Distinct:N0} | {lost} | {Duplicated} | {Wire.ApiAttempts} / {HarvestRequests} | {Wire.DescribeFaults()} | {Retries} / {PageRetries} | {Replays} / {Wire.TokenRequests} | {Wall.TotalSeconds:F2} s{Clock} | {Outcome} |");
    }
}
