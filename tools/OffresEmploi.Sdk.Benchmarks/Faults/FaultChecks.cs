using System.Globalization;

namespace OffresEmploi.Sdk.Benchmarks.Faults;

/// <summary>The properties every scenario of the matrix must have; the tests assert the same ones one by one.</summary>
internal static class FaultChecks
{
    /// <summary>Returns what is wrong with <paramref name="result"/>; empty when the scenario passed.</summary>
    public static IReadOnlyList<string> Failures(FaultRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failures = new List<string>();
        void Check(bool condition, string what)
        {
            if (!condition)
            {
                failures.Add(what);
            }
        }

        var scenario = result.Scenario;
        Check(result.Duplicated == 0, $"{result.Duplicated} duplicates");
        Check(result.Unknown == 0, $"{result.Unknown} ids the sandbox does not hold");
        Check(result.Wire.Faults > 0 || scenario.CancelAfterPages.Count > 0 || scenario.Faults.IsNone, "no fault was injected: the scenario proves nothing");
        Check(result.Wire.Other == 0, $"{result.Wire.Other} unexpected answers");
        Check(result.Error is null or OffresEmploiException, $"untyped error {result.Error?.GetType().Name}");
        Check(scenario.ExpectsError == result.Error is not null, scenario.ExpectsError ? "no error although the faults exceed the budget" : $"error {result.Error?.GetType().Name}: {result.Error?.Message}");
        if (result.Error is null || result.ResumedAfterError)
        {
            Check(result.Complete, string.Create(CultureInfo.InvariantCulture, $"incomplete: {result.Lost} lost, reconciliation {result.Reconciliation}"));
        }

        var bound = string.Create(CultureInfo.InvariantCulture, $"{result.Retries} retries for {result.Wire.Retryable} retryable faults");
        if (result.Error is null && scenario.CancelAfterPages.Count == 0)
        {
            // Each retry has its cause on the wire, and every retryable failure was retried exactly once.
            var wire = result.Wire;
            foreach (var (reason, seen) in new[] { ("500", wire.Status500), ("502", wire.Status502), ("503", wire.Status503), ("429", wire.TooManyRequests) })
            {
                Check(result.RetriesFor(reason) == seen, $"{result.RetriesFor(reason)} retries after {reason} for {seen} seen");
            }

            var bodies = wire.TruncatedBodies + wire.MalformedBodies;
            Check(result.RetriesFor(SdkEventCounter.UnreadableBodyReason) == bodies, $"{result.RetriesFor(SdkEventCounter.UnreadableBodyReason)} retries after unreadable bodies for {bodies} seen");

            // An attempt the SDK abandoned is a timeout; the SDK may also time out an answer that came late and was
            // still being read, which only a slow answer can be.
            var timeouts = result.RetriesFor(SdkEventCounter.TimeoutReason);
            Check(
                timeouts >= wire.CutShort && timeouts <= wire.CutShort + wire.SlowAnswers,
                $"{timeouts} retries after timeouts for {wire.CutShort} attempts cut short and {wire.SlowAnswers} slow answers");
            var explained = wire.Status500 + wire.Status502 + wire.Status503 + wire.TooManyRequests + bodies + timeouts;
            Check(result.Retries == explained, $"{result.Retries} retries, {explained} explained by the wire");
            Check(result.Replays == wire.Unauthorized, $"{result.Replays} replays for {wire.Unauthorized} 401s");
            Check(
                wire.ApiAttempts == result.HarvestRequests + result.Retries + result.Replays,
                $"{wire.ApiAttempts} attempts for {result.HarvestRequests} requests + {result.Retries} retries + {result.Replays} replays");
        }
        else
        {
            // A failed request may have used its whole budget without its last failure being retried.
            Check(result.Retries <= result.Wire.Retryable + result.Wire.SlowAnswers, bound);
        }

        var clients = result.ResumedAfterError ? 2 : 1;
        Check(result.Wire.TokenRequests <= clients + result.Replays, $"{result.Wire.TokenRequests} token requests for {clients} client(s) and {result.Replays} replays");
        Check(result.Retries <= (long)result.HarvestRequests * scenario.MaxRetryAttempts, $"{result.Retries} retries over the budget of {scenario.MaxRetryAttempts} per request");
        return failures;
    }
}
