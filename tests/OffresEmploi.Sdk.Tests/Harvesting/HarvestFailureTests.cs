using OffresEmploi.Sdk.Harvesting;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Harvesting;

/// <summary>
/// A harvest meeting failures the client's own retries did not absorb: it pauses and goes on, gives up with a checkpoint
/// that resumes without gap, or stops at once on a failure no retry can fix.
/// </summary>
public sealed class HarvestFailureTests
{
    private static readonly DateTimeOffset Newest = new(2026, 1, 14, 18, 0, 0, TimeSpan.Zero);

    private static OffresEmploiException Status(int status) => new($"status {status}") { Status = status };

    private static (OffresHarvester Harvester, FakeDatedSearch Search, TimerTrackingTimeProvider Time) CreateSut(
        List<Offre> offres,
        HarvestOptions? options = null)
    {
        var search = new FakeDatedSearch(offres, OffresRangeLimits.Current);
        var time = new TimerTrackingTimeProvider();
        var harvester = new OffresHarvester(search.SearchAsync, new OffresSearchRequest(), OffresRangeLimits.Current, options ?? new HarvestOptions(), time);
        return (harvester, search, time);
    }

    /// <summary>Enumerates the harvest while advancing the fake clock through every pause it starts.</summary>
    private static async Task<(List<string> Ids, Exception? Error, List<TimeSpan> Pauses)> RunAsync(OffresHarvester harvester, TimerTrackingTimeProvider time, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var run = Task.Run(async () =>
        {
            await foreach (var page in harvester.RunAsync(cancellationToken))
            {
                lock (ids)
                {
                    ids.AddRange(page.Offres.Select(o => o.Id!));
                }
            }
        }, cancellationToken);
        var pauses = new List<TimeSpan>();
        while (true)
        {
            // Pauses last seconds or more; the pipeline's own timers are not in play here (no HTTP).
            var timer = time.WaitForTimerAsync(_ => true, cancellationToken);
            if (await Task.WhenAny(run, timer) == run)
            {
                break;
            }

            var due = await timer;
            pauses.Add(due);
            time.Advance(due);
        }

        var error = run.Exception?.InnerException;
        return (ids, error, pauses);
    }

    [Fact(Timeout = 60_000)]
    public async Task RunAsync_PagesFailingPastTheClientsRetries_ArePausedAndRequestedAgain()
    {
        var offres = FakeDatedSearch.Offres(10_000, Newest, TimeSpan.FromMinutes(7));
        var (sut, search, time) = CreateSut(offres);
        search.BeforeCall = (call, _) =>
        {
            if (call is 5 or 6 or 40)
            {
                throw Status(call == 40 ? 0 : 503);
            }
        };

        var (ids, error, pauses) = await RunAsync(sut, time, TestContext.Current.CancellationToken);

        Assert.Null(error);
        Assert.Equal(10_000, ids.Count);
        Assert.Equal(10_000, ids.Distinct().Count());
        Assert.Equal(3, pauses.Count);
        Assert.Equal(3, sut.Reconciliation!.PageRetries);
        Assert.Equal(search.Calls, sut.Reconciliation.Requests);
        Assert.True(sut.Reconciliation.IsExact, sut.Reconciliation.ToString());
        Assert.Contains("3 after a pause", sut.Reconciliation.ToString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task RunAsync_ApiDownPastTheStallTimeout_GivesUpWithACheckpointThatResumesWithoutGap()
    {
        var offres = FakeDatedSearch.Offres(10_000, Newest, TimeSpan.FromMinutes(7));
        var down = true;
        // One page at a time, so the pauses follow each other on the fake clock and add up to the stall timeout.
        var (sut, search, time) = CreateSut(offres, new HarvestOptions { StallTimeout = TimeSpan.FromMinutes(3), MaxConcurrency = 1 });
        search.BeforeCall = (call, _) =>
        {
            if (call >= 30 && Volatile.Read(ref down))
            {
                throw Status(502);
            }
        };

        var (first, error, pauses) = await RunAsync(sut, time, TestContext.Current.CancellationToken);

        var stopped = Assert.IsType<OffresEmploiHarvestException>(error);
        Assert.Equal(HarvestStopReason.Stalled, stopped.Reason);
        Assert.Equal(502, stopped.Status);
        Assert.Equal(502, Assert.IsType<OffresEmploiException>(stopped.InnerException).Status);
        Assert.Equal(TimeSpan.FromMinutes(3), pauses.Aggregate(TimeSpan.Zero, (a, b) => a + b)); // the last attempt at the deadline
        Assert.Equal(first.Count, stopped.Reconciliation!.Yielded);
        Assert.Equal(first.Count, stopped.Checkpoint!.Yielded);
        Assert.Null(sut.Reconciliation);
        Assert.Contains("StallTimeout", stopped.Message, StringComparison.Ordinal);

        Volatile.Write(ref down, false);
        var (resumed, _, resumedTime) = CreateSut(offres, new HarvestOptions { ResumeFrom = stopped.Checkpoint });
        var (second, resumedError, _) = await RunAsync(resumed, resumedTime, TestContext.Current.CancellationToken);

        Assert.Null(resumedError);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(10_000, first.Concat(second).Distinct().Count());
        Assert.Equal(10_000, first.Count + second.Count);
        Assert.True(resumed.Reconciliation!.IsExact, resumed.Reconciliation.ToString());
    }

    [Fact(Timeout = 60_000)]
    public async Task RunAsync_FailureNoRetryCanFix_StopsAtOnceWithTheCauseAndACheckpoint()
    {
        var offres = FakeDatedSearch.Offres(10_000, Newest, TimeSpan.FromMinutes(7));
        var (sut, search, time) = CreateSut(offres);
        var refusal = new OffresEmploiException("Valeur du paramètre « commune » incorrecte.") { Status = 400, ErrorCode = "1796281446865", ApiMessage = "Valeur du paramètre « commune » incorrecte." };
        search.BeforeCall = (call, _) =>
        {
            if (call == 10)
            {
                throw refusal;
            }
        };

        var (_, error, pauses) = await RunAsync(sut, time, TestContext.Current.CancellationToken);

        var stopped = Assert.IsType<OffresEmploiHarvestException>(error);
        Assert.Equal(HarvestStopReason.Failed, stopped.Reason);
        Assert.Same(refusal, stopped.InnerException);
        Assert.Equal((400, "1796281446865", refusal.ApiMessage), (stopped.Status, stopped.ErrorCode, stopped.ApiMessage));
        Assert.NotNull(stopped.Checkpoint);
        Assert.Empty(pauses);
    }

    [Fact(Timeout = 60_000)]
    public async Task RunAsync_Pause_IsReportedWithItsCause()
    {
        var reports = new List<HarvestProgress>();
        var offres = FakeDatedSearch.Offres(500, Newest, TimeSpan.FromMinutes(7));
        var (sut, search, time) = CreateSut(offres, new HarvestOptions { Progress = new ListProgress(reports) });
        search.BeforeCall = (call, _) =>
        {
            if (call == 2)
            {
                throw new OffresEmploiThrottledException("429") { Status = 429, RetryAfter = TimeSpan.FromSeconds(42) };
            }
        };

        var (ids, error, _) = await RunAsync(sut, time, TestContext.Current.CancellationToken);

        Assert.Null(error);
        Assert.Equal(500, ids.Count);
        HarvestPause pause;
        lock (reports)
        {
            pause = Assert.Single(reports, r => r.Pause is not null).Pause!;
        }

        Assert.Equal(TimeSpan.FromSeconds(42), pause.Delay);
        Assert.Equal(429, pause.Cause.Status);
        Assert.Equal(HarvestOptions.DefaultStallTimeout, pause.StallTimeout);
    }

    private sealed class ListProgress(List<HarvestProgress> reports) : IProgress<HarvestProgress>
    {
        public void Report(HarvestProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
