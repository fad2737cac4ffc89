using OffresEmploi.Sdk;
using System.Globalization;

namespace OffresEmploi.Testing.Faults;

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

        // Whatever ends a harvest reaches the caller as one type, with the checkpoint to resume from.
        Check(result.Error is null or OffresEmploiHarvestException { Checkpoint: not null }, $"untyped error {result.Error?.GetType().Name}: {result.Error?.Message}");
        Check(
            scenario.ExpectedStop == (result.Error as OffresEmploiHarvestException)?.Reason,
            scenario.ExpectsError ? $"expected to stop ({scenario.ExpectedStop}) but {(result.Error is null ? "no error" : result.Error.Message)}" : $"error {result.Error?.GetType().Name}: {result.Error?.Message}");
        if (result.Error is null || result.ResumedAfterError)
        {
            Check(result.Complete, string.Create(CultureInfo.InvariantCulture, $"incomplete: {result.Lost} lost, reconciliation {result.Reconciliation}"));
        }

        var bound = string.Create(CultureInfo.InvariantCulture, $"{result.Retries} retries for {result.Wire.Retryable} retryable faults");
        var wire = result.Wire;
        if (result.Error is null && scenario.CancelAfterPages.Count == 0)
        {
            // Each retry has its cause on the wire, and every retryable failure was retried exactly once: by the
            // client's pipeline, or, once the pipeline's attempts were spent, by the harvest after a pause.
            foreach (var (status, seen) in new[] { (500, wire.Status500), (502, wire.Status502), (503, wire.Status503), (429, wire.TooManyRequests) })
            {
                var reason = status.ToString(CultureInfo.InvariantCulture);
                var retried = result.RetriesFor(reason) + result.PageRetriesFor(status);
                Check(retried == seen, $"{result.RetriesFor(reason)} + {result.PageRetriesFor(status)} retries after {reason} for {seen} seen");
            }

            var bodies = wire.TruncatedBodies + wire.MalformedBodies;
            var bodyRetries = result.RetriesFor(SdkEventCounter.UnreadableBodyReason) + result.PageRetriesFor(200);
            Check(bodyRetries == bodies, $"{bodyRetries} retries after unreadable bodies for {bodies} seen");

            // An attempt the SDK abandoned is a timeout; the SDK may also time out an answer that came late and was
            // still being read, which only a slow answer can be.
            var timeouts = result.RetriesFor(SdkEventCounter.TimeoutReason) + result.PageRetriesFor(0);
            Check(
                timeouts >= wire.CutShort && timeouts <= wire.CutShort + wire.SlowAnswers,
                $"{timeouts} retries after timeouts for {wire.CutShort} attempts cut short and {wire.SlowAnswers} slow answers");
            var explained = wire.Status500 + wire.Status502 + wire.Status503 + wire.TooManyRequests + bodies + timeouts;
            Check(result.Retries + result.PageRetries - result.PageRetriesFor(401) == explained, $"{result.Retries} + {result.PageRetries} retries, {explained} explained by the wire");
            Check(result.Replays + result.PageRetriesFor(401) == wire.Unauthorized, $"{result.Replays} replays and {result.PageRetriesFor(401)} page retries for {wire.Unauthorized} 401s");
            Check(
                wire.ApiAttempts == result.HarvestRequests + result.Retries + result.Replays,
                $"{wire.ApiAttempts} attempts for {result.HarvestRequests} requests + {result.Retries} retries + {result.Replays} replays");
        }
        else
        {
            // A failed request may have used its whole budget without its last failure being retried.
            Check(result.Retries + result.PageRetries <= wire.Retryable + wire.Unauthorized + wire.SlowAnswers, bound);
        }

        // One token per client, one per replay, and one per token lifetime the run lasted on its clock.
        var clients = result.ResumedAfterError ? 2 : 1;
        var lifetimes = (long)(result.ClockTime / (OffresEmploi.Sandbox.SandboxOptions.DefaultTokenLifetime / 2)) * clients;
        Check(result.Wire.TokenRequests <= clients + result.Replays + lifetimes, $"{result.Wire.TokenRequests} token requests for {clients} client(s), {result.Replays} replays and {lifetimes} token lifetimes");
        var maxRetries = scenario.ClientMaxRetryAttempts;
        Check(result.Retries <= (long)result.HarvestRequests * maxRetries, $"{result.Retries} retries over the budget of {maxRetries} per request");
        return failures;
    }
}
