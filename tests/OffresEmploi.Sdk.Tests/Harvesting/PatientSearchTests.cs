using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using OffresEmploi.Sdk.Harvesting;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Harvesting;

/// <summary>The fetching part of a harvest alone: pauses, the stall budget, and which failures end it at once.</summary>
public sealed class PatientSearchTests
{
    private static readonly OffresSearchRequest Request = new() { Range = "0-149" };

    private static readonly OffresPage Page = OffresPage.Create([], new ContentRange("offres", null, null, 0), HttpStatusCode.NoContent);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OffresEmploiException Status(int status) => new($"status {status}") { Status = status };

    /// <summary>A search that answers each call with the outcome <paramref name="outcome"/> gives for its number (1-based).</summary>
    private static Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> Scripted(Func<int, Exception?> outcome)
    {
        var calls = 0;
        return (_, _) => outcome(Interlocked.Increment(ref calls)) is { } failure ? Task.FromException<OffresPage>(failure) : Task.FromResult(Page);
    }

    private static PatientSearch CreateSut(
        Func<int, Exception?> outcome,
        TimerTrackingTimeProvider time,
        TimeSpan? stallTimeout = null,
        List<HarvestPause>? pauses = null) =>
        new(Scripted(outcome), stallTimeout ?? HarvestOptions.DefaultStallTimeout, time, NullLogger.Instance, pauses is null ? null : pauses.Add);

    /// <summary>Advances the fake clock by each pause the code under test starts, until <paramref name="task"/> ends; returns the pauses.</summary>
    private static async Task<List<TimeSpan>> DriveAsync(TimerTrackingTimeProvider time, Task task)
    {
        var pauses = new List<TimeSpan>();
        while (true)
        {
            var timer = time.WaitForTimerAsync(_ => true, Ct);
            if (await Task.WhenAny(task, timer) == task)
            {
                return pauses;
            }

            var due = await timer;
            pauses.Add(due);
            time.Advance(due);
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchAsync_TransientFailureThenAnswer_PausesOnceAndReturnsThePage()
    {
        var time = new TimerTrackingTimeProvider();
        var sut = CreateSut(call => call == 1 ? Status(503) : null, time);

        var search = sut.SearchAsync(Request, TestContext.Current.CancellationToken);
        var pauses = await DriveAsync(time, search);

        Assert.Same(Page, await search);
        var pause = Assert.Single(pauses);
        Assert.InRange(pause, PatientSearch.FirstPause * 0.8, PatientSearch.FirstPause * 1.2);
        Assert.Equal(2, sut.Requests);
        Assert.Equal(1, sut.Retries);
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchAsync_Throttled_PausesAtLeastTheServersRetryAfter()
    {
        var time = new TimerTrackingTimeProvider();
        var retryAfter = TimeSpan.FromSeconds(90);
        var sut = CreateSut(call => call == 1 ? new OffresEmploiThrottledException("429") { Status = 429, RetryAfter = retryAfter } : null, time);

        var search = sut.SearchAsync(Request, TestContext.Current.CancellationToken);
        var pauses = await DriveAsync(time, search);

        await search;
        Assert.Equal(retryAfter, Assert.Single(pauses));
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchAsync_NoAnswerForTheStallTimeout_PausesLongerEachTimeThenGivesUpAtTheDeadline()
    {
        var time = new TimerTrackingTimeProvider();
        var reports = new List<HarvestPause>();
        var sut = CreateSut(_ => Status(503), time, pauses: reports);
        var start = time.GetUtcNow();

        var search = sut.SearchAsync(Request, TestContext.Current.CancellationToken);
        var pauses = await DriveAsync(time, search);

        var ex = await Assert.ThrowsAsync<HarvestGiveUpException>(() => search);
        Assert.Equal(503, ex.LastFailure.Status);
        Assert.Equal(HarvestOptions.DefaultStallTimeout, ex.Stalled);
        Assert.Equal(HarvestOptions.DefaultStallTimeout, time.GetUtcNow() - start); // the last attempt was made at the deadline

        // 5 s, 10 s, 20 s... each within ±20 %, never past 2 minutes ±20 %, the last one cut to the deadline.
        Assert.True(pauses.Count >= 6, $"{pauses.Count} pauses");
        for (var i = 0; i < pauses.Count - 1; i++)
        {
            var nominal = Math.Min(PatientSearch.FirstPause.TotalSeconds * Math.Pow(2, i), PatientSearch.LongestPause.TotalSeconds);
            Assert.InRange(pauses[i].TotalSeconds, nominal * 0.8, nominal * 1.2);
        }

        Assert.Equal(pauses.Count + 1, sut.Requests);
        Assert.Equal(pauses.Count, reports.Count);
        Assert.All(pauses.Zip(reports), p => Assert.Equal(p.Second.Delay.TotalMilliseconds, p.First.TotalMilliseconds, 1.0)); // timers keep whole milliseconds
        Assert.All(reports, r => Assert.Equal(503, r.Cause.Status));
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.Stalled > p.First.Stalled));
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchAsync_AnotherRequestAnswersMeanwhile_RestartsTheStallClock()
    {
        var time = new TimerTrackingTimeProvider();
        var start = time.GetUtcNow();

        // Request A (the page) never gets an answer; request B (another page) is answered once, 6 to 8.4 minutes in.
        // Not later: with jitter, pauses could otherwise carry A up to its 10-minute deadline before B answers, and A
        // would rightly give up there (a race the test once lost under load).
        var sut = new PatientSearch(
            (request, _) => request.Range == "150-299" ? Task.FromResult(Page) : Task.FromException<OffresPage>(Status(502)),
            HarvestOptions.DefaultStallTimeout,
            time,
            NullLogger.Instance);
        var failing = sut.SearchAsync(Request, TestContext.Current.CancellationToken);
        while (time.GetUtcNow() - start < TimeSpan.FromMinutes(6))
        {
            time.Advance(await time.WaitForTimerAsync(_ => true, TestContext.Current.CancellationToken));
        }

        var answeredAt = time.GetUtcNow() - start;
        Assert.True(answeredAt < HarvestOptions.DefaultStallTimeout, $"B answers at {answeredAt}, before A's deadline");
        await sut.SearchAsync(new OffresSearchRequest { Range = "150-299" }, TestContext.Current.CancellationToken);
        await DriveAsync(time, failing);

        var ex = await Assert.ThrowsAsync<HarvestGiveUpException>(() => failing);
        Assert.Equal(answeredAt + HarvestOptions.DefaultStallTimeout, time.GetUtcNow() - start);
        Assert.Equal(HarvestOptions.DefaultStallTimeout, ex.Stalled);
    }

    [Theory(Timeout = 30_000)]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task SearchAsync_FailureNoRetryCanFix_IsRethrownAtOnce(int status)
    {
        var time = new TimerTrackingTimeProvider();
        var failure = Status(status);
        var sut = CreateSut(_ => failure, time);

        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.SearchAsync(Request, TestContext.Current.CancellationToken));

        Assert.Same(failure, ex);
        Assert.Empty(time.DueTimes);
        Assert.Equal(0, sut.Retries);
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchAsync_TokenEndpointRefusesTheCredentials_IsRethrownAtOnce()
    {
        var time = new TimerTrackingTimeProvider();
        var refusal = new OffresEmploiAuthenticationException("refused") { Status = 401, Error = "invalid_client", Endpoint = OffresEmploiEndpoint.Token };
        var sut = CreateSut(_ => refusal, time);

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => sut.SearchAsync(Request, TestContext.Current.CancellationToken));

        Assert.Same(refusal, ex);
        Assert.Empty(time.DueTimes);
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchAsync_ApiAnswers401WhateverTheToken_TriesTheBoundThenRethrows()
    {
        var time = new TimerTrackingTimeProvider();
        var sut = CreateSut(_ => new OffresEmploiAuthenticationException("401") { Status = 401, Endpoint = OffresEmploiEndpoint.Api }, time);

        var search = sut.SearchAsync(Request, TestContext.Current.CancellationToken);
        var pauses = await DriveAsync(time, search);

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => search);
        Assert.Equal(401, ex.Status);
        Assert.Equal(HarvestFailure.MaxUnauthorizedPerPage, sut.Requests);
        Assert.Equal(HarvestFailure.MaxUnauthorizedPerPage - 1, pauses.Count);
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchAsync_StallTimeoutZero_GivesUpAtTheFirstFailure()
    {
        var time = new TimerTrackingTimeProvider();
        var sut = CreateSut(_ => Status(0), time, TimeSpan.Zero);

        var ex = await Assert.ThrowsAsync<HarvestGiveUpException>(() => sut.SearchAsync(Request, TestContext.Current.CancellationToken));

        Assert.Equal(0, ex.LastFailure.Status);
        Assert.Empty(time.DueTimes);
        Assert.Equal(1, sut.Requests);
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchAsync_RetryAfterLongerThanWhatIsLeft_GivesUpWithoutWaiting()
    {
        var time = new TimerTrackingTimeProvider();
        var throttled = new OffresEmploiThrottledException("429") { Status = 429, RetryAfter = TimeSpan.FromMinutes(5) };
        var sut = CreateSut(_ => throttled, time, TimeSpan.FromMinutes(1));

        var ex = await Assert.ThrowsAsync<HarvestGiveUpException>(() => sut.SearchAsync(Request, TestContext.Current.CancellationToken));

        Assert.Same(throttled, ex.LastFailure);
        Assert.Empty(time.DueTimes);
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchAsync_CancelledDuringAPause_EndsWithTheCancellation()
    {
        var time = new TimerTrackingTimeProvider();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var sut = CreateSut(_ => Status(500), time);

        var search = sut.SearchAsync(Request, cancel.Token);
        _ = await time.WaitForTimerAsync(_ => true, TestContext.Current.CancellationToken);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(200, true)]
    [InlineData(206, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public void IsTransient_ByStatus(int status, bool transient) =>
        Assert.Equal(transient, HarvestFailure.IsTransient(Status(status), out _));

    [Fact]
    public void IsTransient_NotAnApiFailure_IsNever()
    {
        Assert.False(HarvestFailure.IsTransient(new InvalidOperationException("bug"), out _));
        Assert.False(HarvestFailure.IsTransient(new OperationCanceledException(), out _));
        Assert.False(HarvestFailure.IsTransient(new OffresEmploiHarvestException("stopped") { Status = 503 }, out _));
    }
}
