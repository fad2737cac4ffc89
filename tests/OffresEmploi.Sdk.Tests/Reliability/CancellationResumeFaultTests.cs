namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>Fault matrix, cancellation: the caller cancels twice mid-window, each time resuming from the checkpoint it stored.</summary>
public class CancellationResumeFaultTests
{
    [Fact]
    public async Task SearchAllAsync_CancelledTwiceThenResumed_UnionOfTheRunsIsEveryOfferExactlyOnce()
    {
        var result = await MatrixRun.RunAsync("cancel+resume");

        Assert.Equal(2, result.Interruptions);
        FaultAssert.CompleteWithExplainedRetries(result);
        Assert.Equal(0, result.Retries);
    }
}
