using OffresEmploi.Testing.Faults;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>
/// Faults beyond what the client may absorb, with a stall timeout of zero or a few seconds (the defaults are patient:
/// see <see cref="DefaultOptionsFaultTests"/>): the harvest stops with <see cref="OffresEmploiHarvestException"/> after a
/// bounded number of attempts, never with a silent gap, and can be resumed from its checkpoint.
/// </summary>
public class RetryBudgetExceededTests
{
    [Fact]
    public async Task SearchAllAsync_ServerErrorsPastTheBudget_StopsTypedAndResumesWithoutGap()
    {
        var result = await MatrixRun.RunAsync("5xx>budget");

        var (error, cause) = FaultAssert.StoppedWith<OffresEmploiException>(result, HarvestStopReason.Stalled);
        Assert.True(cause.Status is 500 or 502 or 503, $"Status {cause.Status}");
        Assert.Contains("StallTimeout", error.Message, StringComparison.Ordinal);
        var errors = result.Wire.Status500 + result.Wire.Status502 + result.Wire.Status503;
        Assert.InRange(result.RetriesFor("500") + result.RetriesFor("502") + result.RetriesFor("503"), 0, errors - 1); // the last error was not retried
        Assert.Equal(0, result.PageRetries);
        Assert.True(result.ResumedAfterError);

        // What the failed run yielded plus what the run resumed from its checkpoint yielded: every offer, once.
        Assert.True(GroundTruth.Ids(MatrixRun.Corpus).SetEquals(result.Harvested), $"{result.Lost} offers lost");
        Assert.Equal(result.Expected, result.Harvested.Count);
        var reconciliation = Assert.IsType<HarvestReconciliation>(result.Reconciliation);
        Assert.True(reconciliation.IsExact, reconciliation.ToString());
    }

    [Fact]
    public async Task SearchAllAsync_RetryAfterLongerThanTheStallBudget_GivesUpAtOnceWithTheThrottledCause()
    {
        var scenario = MatrixRun.Scenario("429>max-delay");
        var result = await MatrixRun.RunAsync("429>max-delay");

        var (_, cause) = FaultAssert.StoppedWith<OffresEmploiThrottledException>(result, HarvestStopReason.Stalled);
        Assert.Equal(429, cause.Status);
        Assert.True(cause.RetryAfter > scenario.MaxRetryDelay, $"Retry-After {cause.RetryAfter}");
        Assert.True(cause.RetryAfter > scenario.StallTimeout, $"Retry-After {cause.RetryAfter}");
        Assert.Equal(TimeSpan.FromSeconds(10), cause.RetryAfter);

        // Neither the pipeline (Retry-After past MaxRetryDelay) nor the harvest (past the stall budget) waited for it.
        Assert.Equal(1, result.Wire.TooManyRequests);
        Assert.Equal(0, result.Retries);
        Assert.Equal(0, result.PageRetries);
    }

    [Fact]
    public async Task SearchAllAsync_EveryAttemptTimesOut_StopsAfterTheBudgetWithStatusZero()
    {
        var scenario = MatrixRun.Scenario("latency>budget");
        var result = await MatrixRun.RunAsync("latency>budget");

        var (_, cause) = FaultAssert.StoppedWith<OffresEmploiConnectionException>(result, HarvestStopReason.Stalled);
        Assert.Equal(0, cause.Status);
        Assert.Equal(ConnectionFailureCause.Timeout, cause.Cause);
        Assert.Equal(OffresEmploiEndpoint.Api, cause.Endpoint);
        Assert.Equal(scenario.MaxRetryAttempts + 1, result.Wire.ApiAttempts);
        Assert.Equal(scenario.MaxRetryAttempts, result.Retries);
        Assert.Empty(result.Harvested);
    }

    [Fact]
    public async Task SearchAllAsync_EveryBodyMalformed_StopsAfterTheBudgetAsUnreadable()
    {
        var scenario = MatrixRun.Scenario("malformed-always");
        var result = await MatrixRun.RunAsync("malformed-always");

        var (_, cause) = FaultAssert.StoppedWith<OffresEmploiException>(result, HarvestStopReason.Stalled);
        Assert.InRange(cause.Status, 200, 299);
        Assert.Contains("could not be read", cause.Message, StringComparison.Ordinal);
        Assert.Equal(scenario.MaxRetryAttempts + 1, result.Wire.MalformedBodies);
        Assert.Equal(scenario.MaxRetryAttempts, result.RetriesFor("unreadable body"));
        Assert.Empty(result.Harvested);
    }

    [Fact]
    public async Task SearchAllAsync_EveryCallRevokesItsToken_StopsAfterTheBoundedReplaysWithAuthenticationCause()
    {
        var result = await MatrixRun.RunAsync("revoked-always");

        var (_, cause) = FaultAssert.StoppedWith<OffresEmploiAuthenticationException>(result, HarvestStopReason.Stalled);
        Assert.Equal(401, cause.Status);

        // Each fresh token was revoked in turn: the attempt was replayed with a new one up to the bound.
        var attempts = 1 + OffresEmploi.Sdk.Authentication.OffresEmploiAuthenticationHandler.MaxReplays;
        Assert.Equal(attempts, result.Wire.ApiAttempts);
        Assert.Equal(attempts - 1, result.Replays);
        Assert.Equal(attempts, result.Wire.TokenRequests);
    }
}
