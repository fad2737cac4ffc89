using OffresEmploi.Sdk.Benchmarks.Faults;

namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>
/// Faults beyond what the client may absorb: the harvest stops with a typed <see cref="OffresEmploiException"/> after a
/// bounded number of attempts, never with a silent gap, and can be resumed from its checkpoint.
/// </summary>
public class RetryBudgetExceededTests
{
    [Fact]
    public async Task SearchAllAsync_ServerErrorsPastTheBudget_StopsTypedAndResumesWithoutGap()
    {
        var result = await MatrixRun.RunAsync("5xx>budget");

        var error = FaultAssert.StoppedWithTypedError<OffresEmploiException>(result);
        Assert.True(error.Status is 500 or 502 or 503, $"Status {error.Status}");
        var errors = result.Wire.Status500 + result.Wire.Status502 + result.Wire.Status503;
        Assert.InRange(result.RetriesFor("500") + result.RetriesFor("502") + result.RetriesFor("503"), 0, errors - 1); // the last error was not retried
        Assert.True(result.ResumedAfterError);

        // What the failed run yielded plus what the run resumed from its checkpoint yielded: every offer, once.
        Assert.True(GroundTruth.Ids(MatrixRun.Corpus).SetEquals(result.Harvested), $"{result.Lost} offers lost");
        Assert.Equal(result.Expected, result.Harvested.Count);
        var reconciliation = Assert.IsType<OffresEmploi.Sdk.Harvesting.HarvestReconciliation>(result.Reconciliation);
        Assert.True(reconciliation.IsExact, reconciliation.ToString());
    }

    [Fact]
    public async Task SearchAllAsync_RetryAfterLongerThanMaxRetryDelay_StopsWithThrottledException()
    {
        var result = await MatrixRun.RunAsync("429>max-delay");

        var error = FaultAssert.StoppedWithTypedError<OffresEmploiThrottledException>(result);
        Assert.Equal(429, error.Status);
        Assert.True(error.RetryAfter > MatrixRun.Scenario("429>max-delay").MaxRetryDelay, $"Retry-After {error.RetryAfter}");
        Assert.Equal(TimeSpan.FromSeconds(10), error.RetryAfter);
        Assert.Equal(1, result.Wire.TooManyRequests);
        Assert.Equal(0, result.Retries);
    }

    [Fact]
    public async Task SearchAllAsync_EveryAttemptTimesOut_StopsAfterTheBudgetWithStatusZero()
    {
        var scenario = MatrixRun.Scenario("latency>budget");
        var result = await MatrixRun.RunAsync("latency>budget");

        var error = FaultAssert.StoppedWithTypedError<OffresEmploiConnectionException>(result);
        Assert.Equal(0, error.Status);
        Assert.Equal(ConnectionFailureCause.Timeout, error.Cause);
        Assert.Equal(OffresEmploiEndpoint.Api, error.Endpoint);
        Assert.Equal(scenario.MaxRetryAttempts + 1, result.Wire.ApiAttempts);
        Assert.Equal(scenario.MaxRetryAttempts, result.Retries);
        Assert.Empty(result.Harvested);
    }

    [Fact]
    public async Task SearchAllAsync_EveryBodyMalformed_StopsAfterTheBudgetAsUnreadable()
    {
        var scenario = MatrixRun.Scenario("malformed-always");
        var result = await MatrixRun.RunAsync("malformed-always");

        var error = FaultAssert.StoppedWithTypedError<OffresEmploiException>(result);
        Assert.InRange(error.Status, 200, 299);
        Assert.Contains("could not be read", error.Message, StringComparison.Ordinal);
        Assert.Equal(scenario.MaxRetryAttempts + 1, result.Wire.MalformedBodies);
        Assert.Equal(scenario.MaxRetryAttempts, result.RetriesFor("unreadable body"));
        Assert.Empty(result.Harvested);
    }

    [Fact]
    public async Task SearchAllAsync_EveryCallRevokesItsToken_StopsAfterOneReplayWithAuthenticationException()
    {
        var result = await MatrixRun.RunAsync("revoked-always");

        var error = FaultAssert.StoppedWithTypedError<OffresEmploiAuthenticationException>(result);
        Assert.Equal(401, error.Status);
        Assert.Equal(2, result.Wire.ApiAttempts);
        Assert.Equal(1, result.Replays);
        Assert.Equal(2, result.Wire.TokenRequests);
    }
}
