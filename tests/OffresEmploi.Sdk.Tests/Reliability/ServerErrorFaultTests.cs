namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>Fault matrix, 5xx: one API call in ten answers 500, 502 or 503.</summary>
public class ServerErrorFaultTests
{
    [Fact]
    public async Task SearchAllAsync_TenPercentServerErrors_YieldsEveryOfferOnceWithOneRetryPerError()
    {
        var result = await MatrixRun.RunAsync("5xx");

        FaultAssert.CompleteWithExplainedRetries(result);
        var wire = result.Wire;
        var errors = wire.Status500 + wire.Status502 + wire.Status503;
        Assert.InRange(errors, wire.ApiAttempts * 0.04, wire.ApiAttempts * 0.2);
        Assert.Equal(errors, result.Retries);
        Assert.Equal(result.HarvestRequests + errors, wire.ApiAttempts);
        Assert.Equal(0, wire.TooManyRequests + wire.Unauthorized + wire.CutShort + wire.TruncatedBodies + wire.MalformedBodies);
        Assert.Equal(1, wire.TokenRequests);
    }
}
