namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>Fault matrix, damaged bodies: a 2xx whose JSON is cut in half, or replaced by an HTML page.</summary>
public class DamagedBodyFaultTests
{
    [Fact]
    public async Task SearchAllAsync_TruncatedBodies_AreRetriedAndEveryOfferComesOnce()
    {
        var result = await MatrixRun.RunAsync("truncated");

        FaultAssert.CompleteWithExplainedRetries(result);
        Assert.True(result.Wire.TruncatedBodies > 0, "No body was truncated.");
        Assert.Equal(result.Wire.TruncatedBodies, result.RetriesFor("unreadable body"));
        Assert.Equal(result.Wire.TruncatedBodies, result.Retries);
    }

    [Fact]
    public async Task SearchAllAsync_MalformedBodies_AreRetriedAndEveryOfferComesOnce()
    {
        var result = await MatrixRun.RunAsync("malformed");

        FaultAssert.CompleteWithExplainedRetries(result);
        Assert.True(result.Wire.MalformedBodies > 0, "No body was malformed.");
        Assert.Equal(result.Wire.MalformedBodies, result.RetriesFor("unreadable body"));
        Assert.Equal(result.Wire.MalformedBodies, result.Retries);
    }
}
