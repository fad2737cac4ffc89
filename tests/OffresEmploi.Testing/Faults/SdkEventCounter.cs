using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OffresEmploi.Testing.Faults;

/// <summary>
/// The logger factory given to the client of one run: counts the SDK's own log events for retries (event 4),
/// 401 replays (event 13) and harvest pages requested again after a pause (event 20), so retries are counted by the
/// SDK's account, per client, not inferred.
/// </summary>
internal sealed class SdkEventCounter : ILoggerFactory, ILogger
{
    /// <summary>The SDK's "Retrying HTTP ..." event.</summary>
    public const int RetryScheduledEvent = 4;

    /// <summary>The SDK's "The API answered 429 Too Many Requests; Retry-After ..." event.</summary>
    public const int ServerThrottledEvent = 6;

    /// <summary>The SDK's "answered 401; replaying it with a fresh token" event.</summary>
    public const int UnauthorizedReplayEvent = 13;

    /// <summary>The SDK's "A harvest page failed with status ... requesting it again in ..." event.</summary>
    public const int HarvestPausedEvent = 20;

    /// <summary>The reason the SDK gives for a retry after an attempt timeout.</summary>
    public const string TimeoutReason = "TimeoutRejectedException";

    /// <summary>The reason the SDK gives for a retry after a success whose body is not complete JSON.</summary>
    public const string UnreadableBodyReason = "unreadable body";

    private readonly ConcurrentDictionary<string, long> _retriesByReason = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TimeSpan> _throttleWaits = new();
    private readonly ConcurrentDictionary<int, long> _pageRetriesByStatus = new();
    private long _retries;
    private long _replays;

    /// <summary>Gets the retries the SDK scheduled.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Gets the requests the SDK replayed after a 401.</summary>
    public long Replays => Interlocked.Read(ref _replays);

    /// <summary>Gets the retries scheduled for <paramref name="reason"/>: a status (<c>"503"</c>), an exception type or <see cref="UnreadableBodyReason"/>.</summary>
    public long RetriesFor(string reason) => _retriesByReason.GetValueOrDefault(reason);

    /// <summary>Gets the waits the SDK scheduled after each 429, as it logged them.</summary>
    public IReadOnlyList<TimeSpan> ThrottleWaits => [.. _throttleWaits];

    /// <summary>Gets the harvest pages requested again after a pause, by the status of the failure (0: no response).</summary>
    public IReadOnlyDictionary<int, long> PageRetriesByStatus => new Dictionary<int, long>(_pageRetriesByStatus);

    /// <summary>Gets a copy of the retries by reason.</summary>
    public IReadOnlyDictionary<string, long> RetriesByReason => new Dictionary<string, long>(_retriesByReason, StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        switch (eventId.Id)
        {
            case RetryScheduledEvent:
                Interlocked.Increment(ref _retries);
                _ = _retriesByReason.AddOrUpdate(ReasonOf(state), 1, static (_, n) => n + 1);
                break;
            case ServerThrottledEvent when ValueOf(state, "RetryAfterMilliseconds") is long milliseconds:
                _throttleWaits.Enqueue(TimeSpan.FromMilliseconds(milliseconds));
                break;
            case UnauthorizedReplayEvent:
                Interlocked.Increment(ref _replays);
                break;
            case HarvestPausedEvent when ValueOf(state, "StatusCode") is int status:
                _ = _pageRetriesByStatus.AddOrUpdate(status, 1, static (_, n) => n + 1);
                break;
        }
    }

    public void Dispose()
    {
    }

    private static string ReasonOf<TState>(TState state) => ValueOf(state, "Reason")?.ToString() ?? "?";

    private static object? ValueOf<TState>(TState state, string name)
    {
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                if (key == name)
                {
                    return value;
                }
            }
        }

        return null;
    }
}
