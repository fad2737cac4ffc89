using OffresEmploi.Sdk.Benchmarks.Faults;

namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>The assertions every scenario of the matrix shares.</summary>
internal static class FaultAssert
{
    /// <summary>Every offer the sandbox holds came back exactly once, the run said so, and every retry has its cause on the wire.</summary>
    public static void CompleteWithExplainedRetries(FaultRunResult result)
    {
        Assert.True(result.Error is null, $"The run failed: {result.Error}");
        Assert.Equal(MatrixRun.Corpus, result.Expected);
        Assert.True(GroundTruth.Ids(MatrixRun.Corpus).SetEquals(result.Harvested), $"{result.Lost} offers lost, {result.Unknown} unknown");
        Assert.Equal(result.Expected, result.Harvested.Count); // so nothing came twice

        var reconciliation = Assert.IsType<OffresEmploi.Sdk.Harvesting.HarvestReconciliation>(result.Reconciliation);
        Assert.True(reconciliation.IsExact, reconciliation.ToString());
        Assert.Equal(result.Expected, reconciliation.ExpectedTotal);
        Assert.True(reconciliation.Windows > 1, "The set must be past the range cap, walked in several windows.");

        Assert.Empty(FaultChecks.Failures(result));
        Assert.InRange(result.Retries, 0, (long)result.HarvestRequests * result.Scenario.MaxRetryAttempts);
    }

    /// <summary>The run stopped with the SDK's typed error, yielded nothing twice and nothing foreign, and never claimed completeness.</summary>
    public static TException StoppedWithTypedError<TException>(FaultRunResult result)
        where TException : OffresEmploiException
    {
        var error = Assert.IsType<TException>(result.Error);
        Assert.Equal(0, result.Duplicated);
        Assert.Equal(0, result.Unknown);
        Assert.Empty(FaultChecks.Failures(result));
        if (!result.ResumedAfterError)
        {
            Assert.Null(result.Reconciliation);
        }

        return error;
    }
}
