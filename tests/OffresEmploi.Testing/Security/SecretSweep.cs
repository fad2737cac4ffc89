using OffresEmploi.Sdk;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace OffresEmploi.Testing.Security;

/// <summary>
/// Captures every text a user, a log sink or a telemetry backend could see while it is alive, and searches it for the
/// secrets it was told about: the client secret, each access token issued and the matching Authorization header value.
/// </summary>
/// <remarks>
/// Channels: log lines at Trace (message, structured values, scopes, exception), exceptions (message, ToString, inner
/// exceptions, Data, the SDK's properties), activities of the SDK, HttpClient and Polly sources (tags, events, baggage,
/// status), metric measurements of the same (instrument and tags), and any ToString() or text added by the test.
/// Activity and metric listeners are process-wide, so texts of tests running alongside are searched too: more text, no
/// false hit, since each sweep's secrets are its own.
/// </remarks>
public sealed class SecretSweep : IDisposable
{
    private static readonly string[] Sources = ["OffresEmploi", "System.Net.Http", "Polly", "Microsoft.Extensions.Http"];

    private readonly ConcurrentQueue<(SweepChannel Channel, string Text)> _texts = new();
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;

    public SecretSweep(string clientSecret)
    {
        AddSecret(clientSecret, "client secret");
        LoggerProvider = new SweepLoggerProvider(this);
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(LoggerProvider));
        _activities = new ActivityListener
        {
            ShouldListenTo = source => IsWatched(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Capture,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (IsWatched(instrument.Meter.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => CaptureMeasurement(i, v, tags));
        _meters.SetMeasurementEventCallback<int>((i, v, tags, _) => CaptureMeasurement(i, v, tags));
        _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => CaptureMeasurement(i, v, tags));
        _meters.Start();
    }

    public SweepLoggerProvider LoggerProvider { get; }

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>Gets the secrets searched for, value to kind.</summary>
    public IReadOnlyDictionary<string, string> Secrets => _secrets;

    /// <summary>Adds an access token to search for, with its Authorization header value.</summary>
    public void AddToken(string token)
    {
        AddSecret(token, "access token");
        AddSecret("Bearer " + token, "Authorization header");
    }

    public void AddSecret(string value, string kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _ = _secrets.TryAdd(value, kind);
    }

    public void Add(SweepChannel channel, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _texts.Enqueue((channel, text));
        }
    }

    /// <summary>Adds an exception's message, ToString(), Data, the SDK's properties, and the same for each inner exception.</summary>
    public void AddException(Exception exception, SweepChannel channel = SweepChannel.Exception)
    {
        Add(channel, exception.ToString());
        for (var current = exception; current is not null; current = current.InnerException)
        {
            Add(channel, current.Message);
            foreach (DictionaryEntry entry in current.Data)
            {
                Add(channel, $"{entry.Key}={entry.Value}");
            }

            if (current is OffresEmploiException api)
            {
                Add(channel, string.Join(" | ", api.ErrorCode, api.ApiMessage, api.ResponseContent, api.ReasonPhrase, api.Diagnosis));
            }

            if (current is OffresEmploiConnectionException connection)
            {
                Add(channel, string.Join(" | ", connection.Host, connection.CauseDescription));
            }

            if (current is OffresEmploiAuthenticationException auth)
            {
                Add(channel, string.Join(" | ", auth.Error, auth.ErrorDescription));
            }

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    AddException(inner, channel);
                }
            }
        }
    }

    /// <summary>Runs <paramref name="action"/>, keeping any exception it throws in the sweep; returns it, or null.</summary>
    public async Task<Exception?> CaptureAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex)
        {
            AddException(ex);
            return ex;
        }
    }

    /// <summary>Counts the captured texts per channel.</summary>
    public IReadOnlyDictionary<SweepChannel, int> CountByChannel() =>
        _texts.GroupBy(t => t.Channel).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Every captured text containing a secret, with the secret's kind (never its value) and the channel.</summary>
    public IReadOnlyList<SweepHit> FindHits()
    {
        var secrets = _secrets.ToArray();
        var hits = new List<SweepHit>();
        foreach (var (channel, text) in _texts)
        {
            foreach (var (value, kind) in secrets)
            {
                var at = text.IndexOf(value, StringComparison.Ordinal);
                if (at >= 0)
                {
                    hits.Add(new SweepHit(channel, kind, Excerpt(text, at, value.Length)));
                }
            }
        }

        return hits;
    }

    /// <summary>Fails when any captured text holds a secret; also checks that something was captured at all.</summary>
    public void AssertClean(params SweepChannel[] expectedChannels)
    {
        var counts = CountByChannel();
        foreach (var channel in expectedChannels)
        {
            Assert.True(counts.GetValueOrDefault(channel) > 0, $"nothing was captured on {channel}: the sweep would prove nothing there");
        }

        var hits = FindHits();
        Assert.True(hits.Count == 0, $"{hits.Count} secret leak(s):\n" + string.Join("\n", hits.Take(20)));
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
        LoggerFactory.Dispose();
    }

    private static bool IsWatched(string name) => Sources.Any(s => name.StartsWith(s, StringComparison.Ordinal));

    // The secret itself is masked in the excerpt, so that a failing report does not print it either.
    private static string Excerpt(string text, int at, int length)
    {
        var start = Math.Max(0, at - 40);
        var end = Math.Min(text.Length, at + length + 40);
        return string.Concat(text.AsSpan(start, at - start), "<SECRET>", text.AsSpan(at + length, end - at - length));
    }

    private void Capture(Activity activity)
    {
        Add(SweepChannel.ActivityTag, $"{activity.Source.Name} {activity.DisplayName} {activity.OperationName} {activity.StatusDescription}");
        foreach (var tag in activity.TagObjects)
        {
            Add(SweepChannel.ActivityTag, $"{tag.Key}={tag.Value}");
        }

        foreach (var activityEvent in activity.Events)
        {
            Add(SweepChannel.ActivityEvent, activityEvent.Name + " " + string.Join("; ", activityEvent.Tags.Select(t => $"{t.Key}={t.Value}")));
        }

        foreach (var baggage in activity.Baggage)
        {
            Add(SweepChannel.ActivityBaggage, $"{baggage.Key}={baggage.Value}");
        }
    }

    private void CaptureMeasurement<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new System.Text.StringBuilder($"{instrument.Meter.Name} {instrument.Name}={value}");
        foreach (var tag in tags)
        {
            _ = text.Append(' ').Append(tag.Key).Append('=').Append(tag.Value);
        }

        Add(SweepChannel.MetricTag, text.ToString());
    }
}

/// <summary>One leak: where, which kind of secret, and the text around it with the secret masked.</summary>
public sealed record SweepHit(SweepChannel Channel, string Kind, string Excerpt);
