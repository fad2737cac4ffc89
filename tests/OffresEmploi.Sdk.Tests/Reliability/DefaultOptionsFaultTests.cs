using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Testing.Faults;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Harvesting;

namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>
/// The fault matrix as users run it: the SDK's default <see cref="OffresEmploiOptions"/> and <see cref="HarvestOptions"/>,
/// a sandbox that enforces 10 requests per second, on a clock 50 times faster than real time (see
/// <see cref="CompressedClock"/>), so that minutes of default backoff and pauses take seconds.
/// </summary>
public class DefaultOptionsFaultTests
{
    public static TheoryData<string> CompletingScenarios => [.. MatrixRun.CompletingDefaultScenarios];

    [Theory]
    [MemberData(nameof(CompletingScenarios))]
    public async Task SearchAllAsync_DefaultOptions_YieldsEveryOfferOnceUnderTheFaults(string scenario)
    {
        var result = await MatrixRun.RunDefaultAsync(scenario);

        FaultAssert.CompleteWithExplainedRetries(result);
    }

    [Fact]
    public async Task SearchAllAsync_ApiDownForThreeMinutes_PausesThenCompletes()
    {
        var result = await MatrixRun.RunDefaultAsync("outage");

        FaultAssert.CompleteWithExplainedRetries(result);

        // The client's own retries (about 7 s of backoff) could not bridge the outage: pages waited for it.
        Assert.True(result.PageRetriesFor(503) > 0, "no page paused");
        Assert.True(result.ClockTime >= TimeSpan.FromMinutes(3), $"the run took {result.ClockTime} on its clock");
    }

    [Fact]
    public async Task SearchAllAsync_ApiDownLongerThanTheStallTimeout_GivesUpWithACheckpointThatResumesWithoutGap()
    {
        var result = await MatrixRun.RunDefaultAsync("outage>stall");

        var (error, cause) = FaultAssert.StoppedWith<OffresEmploiException>(result, HarvestStopReason.Stalled);
        Assert.Equal(503, cause.Status);
        Assert.True(result.YieldedBeforeError > 0, "the outage starts mid-run");
        Assert.Equal(result.YieldedBeforeError, error.Reconciliation!.Yielded);
        Assert.Equal(error.Reconciliation.Yielded, error.Checkpoint!.Yielded);
        Assert.True(result.ClockTime >= HarvestOptions.DefaultStallTimeout, $"gave up after {result.ClockTime} on its clock");

        // Resumed from the exception's checkpoint once the API answered again: the two runs hold every offer, once.
        Assert.True(result.ResumedAfterError);
        Assert.True(GroundTruth.Ids(result.Expected).SetEquals(result.Harvested), $"{result.Lost} offers lost");
        Assert.Equal(result.Expected, result.Harvested.Count);
    }

    [Fact]
    public async Task SearchAllAsync_EveryTokenRevoked_RefreshesBoundedlyThenFails()
    {
        var result = await MatrixRun.RunDefaultAsync("revoked-always");

        var (_, cause) = FaultAssert.StoppedWith<OffresEmploiAuthenticationException>(result, HarvestStopReason.Failed);
        Assert.Equal(401, cause.Status);

        // Each page attempt replays with fresh tokens up to the bound; the harvest tries the page again a bounded number of times.
        var perAttempt = 1 + OffresEmploiAuthenticationHandler.MaxReplays;
        Assert.Equal(HarvestFailure.MaxUnauthorizedPerPage * perAttempt, result.Wire.ApiAttempts);
        Assert.Equal(HarvestFailure.MaxUnauthorizedPerPage - 1, result.PageRetriesFor(401));
        Assert.Empty(result.Harvested);
    }
}
