namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>Fault matrix, latency: one call in ten stalls 1 s, past the 300 ms attempt timeout.</summary>
public class LatencySpikeFaultTests
{
    [Fact]
    public async Task SearchAllAsync_SpikesPastTheAttemptTimeout_AbandonsThemAndYieldsEveryOfferOnce()
    {
        var scenario = MatrixRun.Scenario("latency");
        var result = await MatrixRun.RunAsync("latency");

        FaultAssert.CompleteWithExplainedRetries(result);
        var wire = result.Wire;
        Assert.True(wire.CutShort > 0, "No spike outlasted the attempt timeout.");
        Assert.InRange(result.RetriesFor("TimeoutRejectedException"), wire.CutShort, wire.CutShort + wire.SlowAnswers);

        // The attempt was abandoned at its timeout, not waited out to the end of the spike.
        Assert.True(wire.LongestCutShort < scenario.Faults.LatencySpikeDuration, $"An attempt ran {wire.LongestCutShort} before being cut.");
        Assert.Equal(0, wire.Status500 + wire.Status502 + wire.Status503 + wire.TooManyRequests + wire.Unauthorized);
    }
}
