using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Sdk.Tests.Security;

// Plain logging extension calls on purpose: the point is to plant a value the way careless code would.
#pragma warning disable CA1848, CA1873

/// <summary>The sweep can fail: a secret planted in each channel is found, and reported without its value.</summary>
public sealed class SecretSweepSelfTests
{
    private const string Secret = "planted-SECRET-9c1e4b7a";
    private const string Token = "planted-TOKEN-5d8f2a6c";

    [Fact]
    public void SecretPlantedInALogLine_IsFound_AndAssertCleanFails()
    {
        using var sweep = new SecretSweep(Secret);
        sweep.LoggerFactory.CreateLogger("Planted").LogInformation("Connecting with {Credential}", Secret);

        var hits = sweep.FindHits();

        var hit = Assert.Single(hits);
        Assert.Equal(SweepChannel.Log, hit.Channel);
        Assert.Equal("client secret", hit.Kind);
        Assert.DoesNotContain(Secret, hit.Excerpt, StringComparison.Ordinal);
        var failure = Assert.ThrowsAny<Exception>(() => sweep.AssertClean());
        Assert.DoesNotContain(Secret, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenPlantedInEveryOtherChannel_IsFoundInEach()
    {
        using var sweep = new SecretSweep(Secret);
        sweep.AddToken(Token);
        using var source = new ActivitySource("OffresEmploi.Sdk.Tests.Sweep");
        using var meter = new Meter("OffresEmploi.Sdk.Tests.Sweep");
        var counter = meter.CreateCounter<long>("planted");
        var logger = sweep.LoggerFactory.CreateLogger("Planted");

        using (logger.BeginScope("Authorization: Bearer {Token}", Token))
        {
            logger.LogDebug("inside a scope");
        }

        logger.LogError(new InvalidOperationException("outer", new IOException("inner " + Token)), "failed");
        var data = new InvalidOperationException("data");
        data.Data["header"] = "Bearer " + Token;
        sweep.AddException(data);
        using (var activity = source.StartActivity("planted"))
        {
            _ = activity!.SetTag("auth", Token).AddEvent(new ActivityEvent("sent", tags: new ActivityTagsCollection { ["token"] = Token })).AddBaggage("b", Token);
        }

        counter.Add(1, new KeyValuePair<string, object?>("token", Token));
        sweep.Add(SweepChannel.ToStringText, $"Options {{ Secret = {Secret} }}");

        var channels = sweep.FindHits().Select(h => h.Channel).ToHashSet();

        Assert.Superset(
            new HashSet<SweepChannel> { SweepChannel.LogScope, SweepChannel.Log, SweepChannel.LogException, SweepChannel.Exception, SweepChannel.ActivityTag, SweepChannel.ActivityEvent, SweepChannel.ActivityBaggage, SweepChannel.MetricTag, SweepChannel.ToStringText },
            channels);
        Assert.Contains(sweep.FindHits(), h => h.Kind == "Authorization header");
    }

    [Fact]
    public void CleanTexts_HaveNoHit_AndAssertCleanRequiresCapturedText()
    {
        using var sweep = new SecretSweep(Secret);
        sweep.AddToken(Token);
        sweep.Add(SweepChannel.Log, "Connecting with *** and Bearer ***");

        Assert.Empty(sweep.FindHits());
        sweep.AssertClean(SweepChannel.Log);
        // A channel only explicit adds fill: the process-wide meter listener may record other tests' metrics.
        _ = Assert.ThrowsAny<Exception>(() => sweep.AssertClean(SweepChannel.ToolResult));
    }
}
