using OffresEmploi.Testing.Faults;

namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>The assertions every scenario of the matrix shares.</summary>
internal static class FaultAssert
{
    /// <summary>Every offer the sandbox holds came back exactly once, the run said so, and every retry has its cause on the wire.</summary>
    public static void CompleteWithExplainedRetries(FaultRunResult result)
    {
        Assert.True(result.Error is null, $"The run failed: {result.Error}");
        Assert.True(GroundTruth.Ids(result.Expected).SetEquals(result.Harvested), $"{result.Lost} offers lost, {result.Unknown} unknown");
        Assert.Equal(result.Expected, result.Harvested.Count); // so nothing came twice

        var reconciliation = Assert.IsType<OffresEmploi.Sdk.Models.HarvestReconciliation>(result.Reconciliation);
        Assert.True(reconciliation.IsExact, reconciliation.ToString());
        Assert.Equal(result.Expected, reconciliation.ExpectedTotal);
        Assert.True(reconciliation.Windows > 1, "The set must be past the range cap, walked in several windows.");

        Assert.Empty(FaultChecks.Failures(result));
        Assert.InRange(result.Retries, 0, (long)result.HarvestRequests * result.Scenario.ClientMaxRetryAttempts);
    }

    /// <summary>
    /// The run stopped with <see cref="OffresEmploiHarvestException"/> for <paramref name="reason"/>, the last failure of type
    /// <typeparamref name="TCause"/> inside, a checkpoint to resume from; it yielded nothing twice and nothing foreign, and
    /// never claimed completeness.
    /// </summary>
    public static (OffresEmploiHarvestException Error, TCause Cause) StoppedWith<TCause>(FaultRunResult result, OffresEmploi.Sdk.Models.HarvestStopReason reason)
        where TCause : OffresEmploiException
    {
        var error = Assert.IsType<OffresEmploiHarvestException>(result.Error);
        Assert.Equal(reason, error.Reason);
        var cause = Assert.IsType<TCause>(error.InnerException);
        Assert.Equal(cause.Status, error.Status);
        Assert.NotNull(error.Checkpoint);
        Assert.NotNull(error.Reconciliation);
        Assert.Equal(0, result.Duplicated);
        Assert.Equal(0, result.Unknown);
        Assert.Empty(FaultChecks.Failures(result));
        if (!result.ResumedAfterError)
        {
            Assert.Null(result.Reconciliation);
        }

        return (error, cause);
    }
}
