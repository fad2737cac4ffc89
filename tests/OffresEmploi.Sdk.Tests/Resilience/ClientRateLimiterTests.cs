using System.Net;
using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Resilience;

public sealed class ClientRateLimiterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (ClientRateLimiter Sut, TimerTrackingTimeProvider Time) CreateSut(double rate, int capacity, bool adapt = true)
    {
        var time = new TimerTrackingTimeProvider();
        return (new ClientRateLimiter(rate, capacity, time, adapt), time);
    }

    [Fact]
    public async Task AcquireAsync_WithinBurst_CompletesWithoutWaiting()
    {
        var (sut, time) = CreateSut(3, 3);

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            var acquire = sut.AcquireAsync(Ct);
            Assert.True(acquire.IsCompleted);
            waits.Add(await acquire);
        }

        Assert.All(waits, w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Empty(time.DueTimes);
    }

    [Fact]
    public async Task AcquireAsync_BucketEmpty_WaitsUntilOnePermitIsReplenished()
    {
        var (sut, time) = CreateSut(2, 1);
        _ = await sut.AcquireAsync(Ct);

        var second = sut.AcquireAsync(Ct).AsTask();
        Assert.Equal(TimeSpan.FromMilliseconds(500), await time.WaitForTimerAsync(_ => true, Ct));
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(TimeSpan.FromMilliseconds(500), await second);
    }

    [Fact]
    public async Task AcquireAsync_TenConcurrentCallers_ArePacedAtTheConfiguredRate()
    {
        var (sut, time) = CreateSut(5, 1);

        var calls = Enumerable.Range(0, 10).Select(_ => sut.AcquireAsync(Ct).AsTask()).ToArray();

        // The first caller takes the only permit; the others are spaced 200 ms apart, in arrival order.
        Assert.True(calls[0].IsCompleted);
        var expected = Enumerable.Range(1, 9).Select(i => TimeSpan.FromMilliseconds(200 * i)).ToArray();
        Assert.Equal(expected, time.DueTimes);
        time.Advance(TimeSpan.FromMilliseconds(1000));
        Assert.Equal(6, calls.Count(c => c.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(800));
        var waits = await Task.WhenAll(calls);

        Assert.Equal([TimeSpan.Zero, .. expected], waits);
    }

    [Fact]
    public async Task AcquireAsync_AfterIdlePeriod_RefillsUpToCapacityOnly()
    {
        var (sut, time) = CreateSut(1, 2);
        _ = await sut.AcquireAsync(Ct);
        _ = await sut.AcquireAsync(Ct);

        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(2, sut.Available, precision: 6);
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_ReturnsItsPermit()
    {
        var (sut, time) = CreateSut(1, 1);
        _ = await sut.AcquireAsync(Ct);
        using var cts = new CancellationTokenSource();

        var waiting = sut.AcquireAsync(cts.Token).AsTask();
        await cts.CancelAsync();

        _ = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(0, sut.Available, precision: 6);
    }

    [Fact]
    public async Task Penalize_RetryAfter_HoldsNextCallerForThatLong()
    {
        var (sut, time) = CreateSut(4, 4);

        sut.Penalize(TimeSpan.FromSeconds(2));
        var next = sut.AcquireAsync(Ct).AsTask();

        Assert.Equal(TimeSpan.FromSeconds(2), await time.WaitForTimerAsync(_ => true, Ct));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(2), await next);
    }

    [Fact]
    public void Observe_ServerHeaders_AdoptsServerRateAndBurst()
    {
        var (sut, _) = CreateSut(3, 3);
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add(ClientRateLimiter.ReplenishRateHeader, "10");
        response.Headers.Add(ClientRateLimiter.BurstCapacityHeader, "10");
        response.Headers.Add(ClientRateLimiter.RemainingHeader, "9");

        var changed = sut.Observe(response);

        Assert.True(changed);
        Assert.Equal(10, sut.PermitsPerSecond);
        Assert.Equal(10, sut.Capacity);
    }

    [Fact]
    public async Task Observe_RemainingZero_NextCallerWaits()
    {
        var (sut, time) = CreateSut(2, 2);
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add(ClientRateLimiter.RemainingHeader, "0");

        _ = sut.Observe(response);
        var next = sut.AcquireAsync(Ct).AsTask();

        Assert.False(next.IsCompleted);
        Assert.Equal(TimeSpan.FromMilliseconds(500), await time.WaitForTimerAsync(_ => true, Ct));
        time.Advance(TimeSpan.FromMilliseconds(500));
        _ = await next;
    }

    [Fact]
    public void Observe_AdaptationOff_IgnoresHeaders()
    {
        var (sut, _) = CreateSut(3, 3, adapt: false);
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add(ClientRateLimiter.ReplenishRateHeader, "10");

        Assert.False(sut.Observe(response));
        Assert.Equal(3, sut.PermitsPerSecond);
    }

    [Fact]
    public void Observe_NoOrMalformedHeaders_ChangesNothing()
    {
        var (sut, _) = CreateSut(3, 3);
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.TryAddWithoutValidation(ClientRateLimiter.ReplenishRateHeader, "lots");

        Assert.False(sut.Observe(response));
        Assert.Equal(3, sut.PermitsPerSecond);
        Assert.Equal(3, sut.Capacity);
    }

    [Theory]
    [InlineData("5e-324", "1e300")]
    [InlineData("0.01", "-3")]
    [InlineData("1e300", "2147483648")]
    public async Task Observe_ImplausibleRateOrBurst_IsIgnored_AndTheNextPermitStaysPrompt(string rate, string burst)
    {
        var (sut, time) = CreateSut(2, 2);
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add(ClientRateLimiter.ReplenishRateHeader, rate);
        response.Headers.Add(ClientRateLimiter.BurstCapacityHeader, burst);
        response.Headers.Add(ClientRateLimiter.RemainingHeader, "0");

        Assert.False(sut.Observe(response));
        var next = sut.AcquireAsync(Ct).AsTask();

        Assert.Equal(2, sut.PermitsPerSecond);
        Assert.Equal(2, sut.Capacity);
        Assert.Equal(TimeSpan.FromMilliseconds(500), await time.WaitForTimerAsync(_ => true, Ct));
        time.Advance(TimeSpan.FromMilliseconds(500));
        _ = await next;
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(3, 3)]
    [InlineData(4.9, 4)]
    [InlineData(10, 10)]
    public void DefaultCapacity_IsOneSecondOfPermits(double rate, int expected) =>
        Assert.Equal(expected, ClientRateLimiter.DefaultCapacity(rate));
}
