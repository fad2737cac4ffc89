using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;
using Polly.Timeout;

namespace OffresEmploi.Sdk.Tests.Resilience;

public sealed class OffresEmploiResiliencePipelineTests
{
    private const string SearchUrl = "https://api.francetravail.io/partenaire/offresdemploi/v2/offres/search";
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Timers the pipeline creates: the total timeout (1 h), one attempt timeout per attempt (10 min), and retry
    // delays (at most MaxRetryDelay = 30 s). The due time tells them apart.
    private static bool IsRetryDelay(TimeSpan dueTime) => dueTime > TimeSpan.Zero && dueTime <= TimeSpan.FromSeconds(30);

    private static HttpMessageInvoker CreateSut(
        HttpMessageHandler api,
        TimeProvider time,
        Action<OffresEmploiOptions>? configure = null,
        ClientRateLimiter? limiter = null,
        ILogger? logger = null)
    {
        var options = TestData.Options(o =>
        {
            o.AttemptTimeout = AttemptTimeout;
            o.TotalTimeout = TimeSpan.FromHours(1);
            o.MaxRetryDelay = TimeSpan.FromSeconds(30);
            configure?.Invoke(o);
        });
        var pipeline = OffresEmploiResiliencePipeline.Create(options, time, limiter, logger ?? NullLogger.Instance);
        return new HttpMessageInvoker(new OffresEmploiResilienceHandler(pipeline) { InnerHandler = api });
    }

    private static HttpRequestMessage Get() => new(HttpMethod.Get, SearchUrl);

    private static Action<HttpResponseMessage> RetryAfter(string value) =>
        r => r.Headers.TryAddWithoutValidation("Retry-After", value);

    [Fact]
    public async Task SendAsync_429WithRetryAfterSeconds_WaitsExactlyThatLongThenRetries()
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler()
            .Enqueue(HttpStatusCode.TooManyRequests, configure: RetryAfter("7"))
            .Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(api, time);

        var call = sut.SendAsync(Get(), Ct);
        var delay = await time.WaitForTimerAsync(IsRetryDelay, Ct);
        Assert.Equal(TimeSpan.FromSeconds(7), delay);
        time.Advance(TimeSpan.FromSeconds(6.999));
        Assert.False(call.IsCompleted);
        Assert.Equal(1, api.Count);
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterHttpDate_WaitsUntilThatDateOnTheInjectedClock()
    {
        var time = new TimerTrackingTimeProvider();
        var date = time.GetUtcNow().AddSeconds(12).ToString("r", CultureInfo.InvariantCulture);
        using var api = new StubHttpHandler()
            .Enqueue(HttpStatusCode.TooManyRequests, configure: RetryAfter(date))
            .Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(api, time);

        var call = sut.SendAsync(Get(), Ct);
        var delay = await time.WaitForTimerAsync(IsRetryDelay, Ct);
        time.Advance(delay);
        using var response = await call;

        Assert.Equal(TimeSpan.FromSeconds(12), delay);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_429AskingLongerThanMaxRetryDelay_ReturnsTheResponseWithoutRetrying()
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().Enqueue(HttpStatusCode.TooManyRequests, configure: RetryAfter("120"));
        using var sut = CreateSut(api, time);

        using var response = await sut.SendAsync(Get(), Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, api.Count);
        Assert.DoesNotContain(time.DueTimes, IsRetryDelay);
    }

    [Fact]
    public async Task SendAsync_429WithoutRetryAfter_RetriesWithBackoff()
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().Enqueue(HttpStatusCode.TooManyRequests).Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(api, time);

        var call = sut.SendAsync(Get(), Ct);
        time.Advance(await time.WaitForTimerAsync(IsRetryDelay, Ct));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_PersistentServerError_StopsAfterMaxRetryAttempts(HttpStatusCode status)
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().Otherwise(_ => new HttpResponseMessage(status));
        using var sut = CreateSut(api, time, o => o.MaxRetryAttempts = 3);

        var call = sut.SendAsync(Get(), Ct);
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            var delay = await time.WaitForTimerAsync(IsRetryDelay, Ct);
            delays.Add(delay);
            time.Advance(delay);
        }

        using var response = await call;

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(4, api.Count);
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task SendAsync_ServerErrorThenSuccess_ReturnsSuccess()
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().Enqueue(HttpStatusCode.BadGateway).Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(api, time);

        var call = sut.SendAsync(Get(), Ct);
        time.Advance(await time.WaitForTimerAsync(IsRetryDelay, Ct));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, api.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.NoContent)]
    public async Task SendAsync_NonTransientStatus_IsNotRetried(HttpStatusCode status)
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().Otherwise(_ => new HttpResponseMessage(status));
        using var sut = CreateSut(api, time);

        using var response = await sut.SendAsync(Get(), Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, api.Count);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("socket")]
    [InlineData("io")]
    public async Task SendAsync_NetworkFailure_IsRetried(string kind)
    {
        // A reset while connecting can also escape SocketsHttpHandler as a bare SocketException; a cut body as an IOException.
        Exception failure = kind switch
        {
            "http" => new HttpRequestException("connection reset"),
            "socket" => new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset),
            _ => new IOException("cut"),
        };
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler()
            .Enqueue(_ => throw failure)
            .Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(api, time);

        var call = sut.SendAsync(Get(), Ct);
        time.Advance(await time.WaitForTimerAsync(IsRetryDelay, Ct));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task SendAsync_AttemptTimesOut_IsRetried()
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().EnqueueAwaiting(StubHttpHandler.Hang).Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(api, time);

        var call = sut.SendAsync(Get(), Ct);
        await api.WaitForRequestsAsync(1, Ct);
        _ = await time.WaitForTimerAsync(d => d == AttemptTimeout, Ct);
        time.Advance(AttemptTimeout);
        time.Advance(await time.WaitForTimerAsync(IsRetryDelay, Ct));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task SendAsync_TotalTimeoutElapses_ThrowsTimeoutRejected()
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().OtherwiseAwaiting(StubHttpHandler.Hang);
        using var sut = CreateSut(api, time, o => o.TotalTimeout = TimeSpan.FromMinutes(12));

        var call = sut.SendAsync(Get(), Ct);
        _ = await time.WaitForTimerAsync(d => d == AttemptTimeout, Ct);
        time.Advance(AttemptTimeout);
        time.Advance(await time.WaitForTimerAsync(IsRetryDelay, Ct));
        _ = await time.WaitForTimerAsync(d => d == AttemptTimeout, Ct);
        time.Advance(TimeSpan.FromMinutes(2));

        _ = await Assert.ThrowsAsync<TimeoutRejectedException>(() => call);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_StopsWithoutRetrying()
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().OtherwiseAwaiting(StubHttpHandler.Hang);
        using var sut = CreateSut(api, time);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var call = sut.SendAsync(Get(), cts.Token);
        await api.WaitForRequestsAsync(1, Ct);
        await cts.CancelAsync();

        _ = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task SendAsync_WithLimiter_PacesSequentialRequests()
    {
        var time = new TimerTrackingTimeProvider();
        var limiter = new ClientRateLimiter(1, 1, time);
        using var api = new StubHttpHandler().Otherwise(_ => new HttpResponseMessage(HttpStatusCode.OK));
        using var sut = CreateSut(api, time, limiter: limiter);

        using var first = await sut.SendAsync(Get(), Ct);
        var second = sut.SendAsync(Get(), Ct);
        var wait = await time.WaitForTimerAsync(IsRetryDelay, Ct);
        Assert.Equal(1, api.Count);
        time.Advance(wait);
        using var secondResponse = await second;

        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task SendAsync_429_HoldsBackOtherCallersSharingTheLimiter()
    {
        var time = new TimerTrackingTimeProvider();
        var limiter = new ClientRateLimiter(10, 10, time);
        using var api = new StubHttpHandler()
            .Enqueue(HttpStatusCode.TooManyRequests, configure: RetryAfter("5"))
            .Otherwise(_ => new HttpResponseMessage(HttpStatusCode.OK));
        using var sut = CreateSut(api, time, limiter: limiter);

        var throttled = sut.SendAsync(Get(), Ct);
        Assert.Equal(TimeSpan.FromSeconds(5), await time.WaitForTimerAsync(IsRetryDelay, Ct));
        var other = sut.SendAsync(Get(), Ct);

        // The other caller had a full bucket before the 429; now it waits out the server's delay too.
        Assert.Equal(TimeSpan.FromSeconds(5), await time.WaitForTimerAsync(IsRetryDelay, Ct));
        Assert.Equal(1, api.Count);
        time.Advance(TimeSpan.FromSeconds(5));
        using var b = await other;

        // The other caller reserved the permit that came back first; the throttled retry queues 1/10 s behind it.
        Assert.Equal(TimeSpan.FromMilliseconds(100), await time.WaitForTimerAsync(IsRetryDelay, Ct));
        time.Advance(TimeSpan.FromMilliseconds(100));
        using var a = await throttled;
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task SendAsync_Retry_IsLoggedWithReasonAndDelay()
    {
        var time = new TimerTrackingTimeProvider();
        var logs = new CapturingLoggerProvider();
        using var api = new StubHttpHandler()
            .Enqueue(HttpStatusCode.ServiceUnavailable, configure: RetryAfter("3"))
            .Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(api, time, logger: logs.CreateLogger("test"));

        var call = sut.SendAsync(Get(), Ct);
        time.Advance(await time.WaitForTimerAsync(IsRetryDelay, Ct));
        using var response = await call;

        var retry = Assert.Single(logs.Entries, e => e.EventId.Id == 4);
        Assert.Contains("3000 ms", retry.Message, StringComparison.Ordinal);
        Assert.Contains("503", retry.Message, StringComparison.Ordinal);
        Assert.Contains("/v2/offres/search", retry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_EachRetryAttempt_ReentersTheAuthenticationHandler()
    {
        var time = new TimerTrackingTimeProvider();
        using var tokenEndpoint = new StubHttpHandler()
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(1, expiresIn: 50))
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(2));
        var provider = TestData.TokenProvider(tokenEndpoint, time);
        using var api = new StubHttpHandler().Enqueue(HttpStatusCode.ServiceUnavailable, configure: RetryAfter("30")).Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(new OffresEmploiAuthenticationHandler(provider) { InnerHandler = api }, time);

        // The first token has 50 s to live, so it is replaced after 25 s (half its life, under twice the 60 s margin):
        // after the 30 s wait the retry must carry a new one.
        var call = sut.SendAsync(Get(), Ct);
        time.Advance(await time.WaitForTimerAsync(IsRetryDelay, Ct));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"Bearer {TestData.TokenValue(1)}", $"Bearer {TestData.TokenValue(2)}"], api.Requests.Select(r => r.Authorization));
    }
}
