using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Resilience;

public sealed class ClientRateLimiterRegistryTests
{
    [Fact]
    public void GetOrCreate_SameClientIdAndClock_ReturnsSharedLimiter()
    {
        var time = new TimerTrackingTimeProvider();

        var first = ClientRateLimiterRegistry.GetOrCreate(TestData.Options(), time);
        var second = ClientRateLimiterRegistry.GetOrCreate(TestData.Options(o => o.RequestsPerSecond = 9), time);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(3, first.PermitsPerSecond);
    }

    [Fact]
    public void GetOrCreate_OtherClientId_ReturnsOtherLimiter()
    {
        var time = new TimerTrackingTimeProvider();

        var first = ClientRateLimiterRegistry.GetOrCreate(TestData.Options(), time);
        var other = ClientRateLimiterRegistry.GetOrCreate(TestData.Options(o => o.ClientId = "another-app"), time);

        Assert.NotSame(first, other);
    }

    [Fact]
    public void GetOrCreate_OtherClock_ReturnsOtherLimiter() =>
        Assert.NotSame(
            ClientRateLimiterRegistry.GetOrCreate(TestData.Options(), new TimerTrackingTimeProvider()),
            ClientRateLimiterRegistry.GetOrCreate(TestData.Options(), new TimerTrackingTimeProvider()));

    [Fact]
    public void GetOrCreate_PacingOff_ReturnsNull() =>
        Assert.Null(ClientRateLimiterRegistry.GetOrCreate(TestData.Options(o => o.RequestsPerSecond = 0), new TimerTrackingTimeProvider()));
}
