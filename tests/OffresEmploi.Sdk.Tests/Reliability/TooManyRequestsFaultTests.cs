namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>Fault matrix, 429: bursts of three 429s with <c>Retry-After: 1</c>, client-side pacing on.</summary>
public class TooManyRequestsFaultTests
{
    [Fact]
    public async Task SearchAllAsync_429Bursts_WaitsRetryAfterAndYieldsEveryOfferOnce()
    {
        var result = await MatrixRun.RunAsync("429");

        FaultAssert.CompleteWithExplainedRetries(result);
        var wire = result.Wire;
        Assert.InRange(wire.TooManyRequests, 3, wire.ApiAttempts / 10);
        Assert.Equal(wire.TooManyRequests, result.RetriesFor("429"));
        Assert.Equal(wire.TooManyRequests, result.Retries);

        // Each retry waited what the server asked (1 s), not the 2 ms backoff of the scenario.
        Assert.Equal(wire.TooManyRequests, result.ThrottleWaits.Count);
        Assert.All(result.ThrottleWaits, wait => Assert.Equal(TimeSpan.FromSeconds(1), wait));
        Assert.True(result.Wall >= TimeSpan.FromSeconds(1), $"{result.Wall} is shorter than one Retry-After.");
    }
}
