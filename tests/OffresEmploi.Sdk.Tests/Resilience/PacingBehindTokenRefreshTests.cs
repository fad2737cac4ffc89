using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Resilience;

/// <summary>
/// A permit of the client's pacing is taken once no token refresh is in flight: calls queued behind a refresh would
/// otherwise hold permits taken before it and reach the API together when it ends, above the quota (three MCP replicas
/// replacing a 10-second token met 429s so, in CI).
/// </summary>
public sealed class PacingBehindTokenRefreshTests
{
    private const string SearchUrl = "https://api.francetravail.io/partenaire/offresdemploi/v2/offres/search";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACallStartedDuringATokenRefresh_TakesItsPermitOnlyOnceTheRefreshEnds()
    {
        var time = new TimerTrackingTimeProvider();
        var tokenAnswer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var tokenEndpoint = new StubHttpHandler().EnqueueAwaiting((_, _) => tokenAnswer.Task);
        using var api = new StubHttpHandler().Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, "{}"));
        var limiter = new CountingLimiter();
        var options = TestData.Options();
        using var invoker = new HttpMessageInvoker(OffresEmploiHandlerChain.CreateApiHandler(
            api, TestData.TokenProvider(tokenEndpoint, time, options), limiter, options, time, NullLogger.Instance));

        // The first call takes its permit, then asks for the token, which does not come yet.
        var first = invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct);
        await tokenEndpoint.WaitForRequestsAsync(1, Ct);
        Assert.Equal(1, limiter.Acquired);

        // The second waits for the refresh before the pacing: no permit is spent while it cannot be sent.
        var second = invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct);
        await Task.Yield();
        Assert.Equal(1, limiter.Acquired);
        Assert.False(second.IsCompleted);

        tokenAnswer.SetResult(StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(1)));
        using var firstResponse = await first.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        using var secondResponse = await second.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Equal(2, limiter.Acquired);
        Assert.Equal(2, api.Count);
        Assert.Equal(1, tokenEndpoint.Count);
    }

    [Fact]
    public async Task WaitWhileRefreshing_ReturnsAtOnceWithoutARefresh_AndIgnoresAFailedOne()
    {
        var time = new TimerTrackingTimeProvider();
        var tokenAnswer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var tokenEndpoint = new StubHttpHandler().EnqueueAwaiting((_, _) => tokenAnswer.Task);
        var sut = TestData.TokenProvider(tokenEndpoint, time, TestData.Options(o => o.MaxRetryAttempts = 0));

        Assert.True(sut.WaitWhileRefreshingAsync(Ct).AsTask().IsCompleted);

        var refresh = sut.GetTokenAsync(Ct).AsTask();
        await tokenEndpoint.WaitForRequestsAsync(1, Ct);
        var wait = sut.WaitWhileRefreshingAsync(Ct).AsTask();
        Assert.False(wait.IsCompleted);

        // The refresh fails: the caller that started it gets the error; the waiter only learns that it ended.
        tokenAnswer.SetResult(StubHttpHandler.Response(HttpStatusCode.Unauthorized, """{"error":"invalid_client"}"""));
        _ = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => refresh);
        await wait.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.True(wait.IsCompletedSuccessfully);
        Assert.Equal(1, tokenEndpoint.Count);
    }

    /// <summary>A pacing that never waits and counts the permits taken.</summary>
    private sealed class CountingLimiter : IClientRateLimiter
    {
        private int _acquired;

        public int Acquired => Volatile.Read(ref _acquired);

        public double PermitsPerSecond => 10;

        public int Capacity => 10;

        public ValueTask<TimeSpan> AcquireAsync(CancellationToken cancellationToken = default)
        {
            _ = Interlocked.Increment(ref _acquired);
            return ValueTask.FromResult(TimeSpan.Zero);
        }

        public void Penalize(TimeSpan retryAfter)
        {
        }

        public bool Observe(HttpResponseMessage response) => false;
    }
}
