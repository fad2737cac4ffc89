using OffresEmploi.Sandbox.Faults;

namespace OffresEmploi.Sandbox.Tests.Faults;

public class FaultProfileTests
{
    [Theory]
    [InlineData("none")]
    [InlineData("flaky")]
    [InlineData("unstable")]
    [InlineData("slow")]
    [InlineData("CHAOS")]
    public void Parse_PresetName_ReturnsThePreset(string name)
    {
        var expected = name.ToUpperInvariant() switch
        {
            "NONE" => FaultProfile.None,
            "FLAKY" => FaultProfile.Flaky,
            "UNSTABLE" => FaultProfile.Unstable,
            "SLOW" => FaultProfile.Slow,
            _ => FaultProfile.Chaos,
        };

        Assert.Equal(expected, FaultProfile.Parse(name));
    }

    [Fact]
    public void Parse_KeyValueItems_SetEachSetting()
    {
        var profile = FaultProfile.Parse("500=0.1; 502=every:4, 503=0.02,5xx=0.3,429=every:50,429-length=3,retry-after=2s,latency=50ms-2s,truncate=0.05,malformed=every:9,revoke=0.01,seed=7");

        Assert.Equal(FaultTrigger.WithProbability(0.1), profile.InternalServerError);
        Assert.Equal(FaultTrigger.EveryNth(4), profile.BadGateway);
        Assert.Equal(0.02, profile.ServiceUnavailable.Probability);
        Assert.Equal(0.3, profile.AnyServerError.Probability);
        Assert.Equal(50, profile.TooManyRequests.Every);
        Assert.Equal(3, profile.TooManyRequestsLength);
        Assert.Equal(TimeSpan.FromSeconds(2), profile.RetryAfter);
        Assert.Equal(TimeSpan.FromMilliseconds(50), profile.LatencyMin);
        Assert.Equal(TimeSpan.FromSeconds(2), profile.LatencyMax);
        Assert.Equal(0.05, profile.TruncatedBody.Probability);
        Assert.Equal(9, profile.MalformedBody.Every);
        Assert.Equal(0.01, profile.TokenRevocation.Probability);
        Assert.Equal(7, profile.Seed);
    }

    [Fact]
    public void Parse_PresetThenOverride_AppliesTheOverrideOnTop()
    {
        var profile = FaultProfile.Parse("flaky,5xx=every:3");

        Assert.Equal(FaultTrigger.EveryNth(3), profile.AnyServerError);
        Assert.Equal(FaultProfile.Flaky.LatencyMax, profile.LatencyMax);
    }

    [Fact]
    public void Parse_SingleLatency_IsFixed()
    {
        var profile = FaultProfile.Parse("latency=250");

        Assert.Equal(TimeSpan.FromMilliseconds(250), profile.LatencyMin);
        Assert.Equal(TimeSpan.FromMilliseconds(250), profile.LatencyMax);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("flaky")]
    [InlineData("unstable")]
    [InlineData("slow")]
    [InlineData("chaos")]
    [InlineData("500=every:7,retry-after=3s,seed=-4")]
    [InlineData("latency=0.5ms-1.5s,503=0.125")]
    [InlineData("spike=every:10,spike-latency=2s,latency=0-20ms")]
    [InlineData("outage=3min,outage-at=60")]
    [InlineData("outage-at=5,outage=1500ms,5xx=0.1")]
    public void ToString_ParsedBack_GivesAnEqualProfile(string text)
    {
        var profile = FaultProfile.Parse(text);

        Assert.Equal(profile, FaultProfile.Parse(profile.ToString()));
    }

    [Fact]
    public void Parse_Spike_SetsTheTriggerAndTheDuration()
    {
        var profile = FaultProfile.Parse("spike=0.1,spike-latency=750ms");

        Assert.Equal(FaultTrigger.WithProbability(0.1), profile.LatencySpike);
        Assert.Equal(TimeSpan.FromMilliseconds(750), profile.LatencySpikeDuration);
        Assert.False(profile.IsNone);
        Assert.True(FaultProfile.Parse("spike=0.1,spike-latency=0").IsNone);
    }

    [Fact]
    public void Parse_Outage_StartsAtRequestOneUnlessToldAndLastsItsDuration()
    {
        var alone = FaultProfile.Parse("outage=3min");
        var later = FaultProfile.Parse("outage-at=60,outage=90s");

        Assert.Equal((1L, TimeSpan.FromMinutes(3)), (alone.OutageAt, alone.OutageDuration));
        Assert.Equal((60L, TimeSpan.FromSeconds(90)), (later.OutageAt, later.OutageDuration));
        Assert.False(alone.IsNone);
        Assert.True(FaultProfile.Parse("outage-at=60").IsNone);
    }

    [Fact]
    public void ToString_None_IsNone() => Assert.Equal("none", FaultProfile.None.ToString());

    [Theory]
    [InlineData("sometimes")]
    [InlineData("500=1.5")]
    [InlineData("500=every:0")]
    [InlineData("404=0.1")]
    [InlineData("latency=2s-1s")]
    [InlineData("429-length=0")]
    [InlineData("seed=abc")]
    [InlineData("outage=soon")]
    [InlineData("outage-at=0")]
    public void Parse_InvalidItem_ThrowsFormatExceptionNamingIt(string text)
    {
        var error = Assert.Throws<FormatException>(() => FaultProfile.Parse(text));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void TryParse_Empty_ReturnsFalse(string? text) => Assert.False(FaultProfile.TryParse(text, out _));

    [Fact]
    public void IsNone_TrueOnlyForAProfileWithoutFaults()
    {
        Assert.True(FaultProfile.None.IsNone);
        Assert.True(FaultProfile.Parse("seed=3").IsNone);
        Assert.False(FaultProfile.Slow.IsNone);
        Assert.False(FaultProfile.Parse("revoke=every:100").IsNone);
    }

    [Fact]
    public void FaultTrigger_Factories_RejectOutOfRangeValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FaultTrigger.WithProbability(1.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => FaultTrigger.WithProbability(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => FaultTrigger.EveryNth(0));
        Assert.False(FaultTrigger.Never.IsActive);
    }
}
