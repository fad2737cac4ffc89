using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Diagnostics;

[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryTestsDefinition;

/// <summary>The meter and activity source are process-wide, so these tests run alone to count exactly.</summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _activities;
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public TelemetryTests()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OffresEmploiTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _meters.Start();

        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OffresEmploiTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, value, copy));
    }

    private double Sum(string instrument, Func<Dictionary<string, object?>, bool>? filter = null) =>
        _measurements.Where(m => m.Instrument == instrument && (filter?.Invoke(m.Tags) ?? true)).Sum(m => m.Value);

    [Fact]
    public async Task Search_RecordsRequestsRetriesOffersAndAnActivity()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.ServiceUnavailable, configure: r => r.Headers.TryAddWithoutValidation("Retry-After", "2"))
            .Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.PartialContent, FakeFranceTravail.SearchPageJson, "offres 0-149/1287"));
        using var sut = fake.CreateClient(o => o.MaxRetryAttempts = 1);

        var call = sut.SearchAsync(new OffresSearchRequest(), Ct);
        fake.Time.Advance(await fake.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2), Ct));
        _ = await call;

        Assert.Equal(3, Sum(OffresEmploiTelemetry.RequestsInstrument));
        Assert.Equal(1, Sum(OffresEmploiTelemetry.RequestsInstrument, t => Equals(t["http.response.status_code"], 503)));
        Assert.Equal(1, Sum(OffresEmploiTelemetry.RequestsInstrument, t => Equals(t["http.request.method"], "POST")));
        Assert.Equal(1, Sum(OffresEmploiTelemetry.RetriesInstrument, t => Equals(t["reason"], "503")));
        Assert.Equal(5, Sum(OffresEmploiTelemetry.OffersYieldedInstrument));

        var activity = Assert.Single(_stopped, a => a.OperationName == "OffresEmploi.Search");
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal("0-149", activity.GetTagItem("offresemploi.range"));
        Assert.Equal(1287, activity.GetTagItem("offresemploi.total"));
        Assert.Equal(206, activity.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task Throttling_RecordsServerAndClientWaits()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.TooManyRequests, configure: r => r.Headers.TryAddWithoutValidation("Retry-After", "3"))
            .Otherwise(_ => FakeFranceTravail.Page(HttpStatusCode.NoContent, null, "*/0"));
        using var sut = fake.CreateClient(o =>
        {
            o.MaxRetryAttempts = 1;
            o.RequestsPerSecond = 2;
        });

        var call = sut.SearchAsync(new OffresSearchRequest(), Ct);
        fake.Time.Advance(await fake.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(3), Ct));
        var second = sut.SearchAsync(new OffresSearchRequest(), Ct);
        _ = await call;
        fake.Time.Advance(await fake.Time.WaitForTimerAsync(d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(1), Ct));
        _ = await second;

        Assert.Equal(3, Sum(OffresEmploiTelemetry.ThrottledTimeInstrument, t => Equals(t["source"], "server")));
        Assert.True(Sum(OffresEmploiTelemetry.ThrottledTimeInstrument, t => Equals(t["source"], "client")) > 0);
    }

    [Fact]
    public async Task FailedOperation_SetsErrorStatusOnTheActivity()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.BadRequest, """{"message":"x","codeHttp":400,"codeErreur":"E42"}""");
        using var sut = fake.CreateClient();

        _ = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.GetOffreAsync("201LPQS", Ct));

        var activity = Assert.Single(_stopped, a => a.OperationName == "OffresEmploi.GetOffre");
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal(400, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("E42", activity.GetTagItem("offresemploi.error_code"));
    }
}
