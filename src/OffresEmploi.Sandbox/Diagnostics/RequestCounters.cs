using System.Collections.Concurrent;
using System.Collections.ObjectModel;

namespace OffresEmploi.Sandbox.Diagnostics;

/// <summary>The thread-safe counters behind <see cref="SandboxStatistics"/>.</summary>
/// <remarks>
/// The peak rate is computed as requests arrive, over a queue of the arrival times of the last second, so
/// memory stays bounded by one second of traffic however long the sandbox runs.
/// </remarks>
internal sealed class RequestCounters(TimeProvider timeProvider)
{
    private readonly Queue<long> _lastSecond = new();
    private readonly Lock _windowLock = new();
    private readonly long _oneSecond = timeProvider.TimestampFrequency;
    private long _tokenRequests;
    private long _tokensIssued;
    private long _apiRequests;
    private long _maxPerSecond;
    private long _tooManyRequests;
    private long _unauthorized;
    private long _referentielFetches;

    /// <summary>Fetches by referentiel name; bounded by the names the sandbox routes, since only 200 answers are counted.</summary>
    private readonly ConcurrentDictionary<string, long> _referentielFetchesByName = new(StringComparer.Ordinal);

    public void TokenRequested(int statusCode)
    {
        _ = Interlocked.Increment(ref _tokenRequests);
        if (statusCode == 200)
        {
            _ = Interlocked.Increment(ref _tokensIssued);
        }
    }

    /// <summary>Counts an API request and returns its number, from 1 in arrival order (the fault injector's
    /// request number).</summary>
    public long ApiRequestArrived()
    {
        var now = timeProvider.GetTimestamp();
        var number = Interlocked.Increment(ref _apiRequests);
        lock (_windowLock)
        {
            while (_lastSecond.TryPeek(out var oldest) && now - oldest >= _oneSecond)
            {
                _ = _lastSecond.Dequeue();
            }

            _lastSecond.Enqueue(now);
            _maxPerSecond = Math.Max(_maxPerSecond, _lastSecond.Count);
        }

        return number;
    }

    /// <summary>Counts an API request's answer; <paramref name="referentiel"/> is the referentiel's name when it asked
    /// for one (<c>v2/referentiel/{name}</c>), else <see langword="null"/>.</summary>
    public void ApiAnswered(int statusCode, string? referentiel)
    {
        if (referentiel is not null && statusCode == 200)
        {
            _ = Interlocked.Increment(ref _referentielFetches);
            _ = _referentielFetchesByName.AddOrUpdate(referentiel, 1, static (_, count) => count + 1);
        }

        if (statusCode == 429)
        {
            _ = Interlocked.Increment(ref _tooManyRequests);
        }
        else if (statusCode == 401)
        {
            _ = Interlocked.Increment(ref _unauthorized);
        }
    }

    public SandboxStatistics Snapshot()
    {
        long max;
        lock (_windowLock)
        {
            max = _maxPerSecond;
        }

        return new SandboxStatistics
        {
            TokenRequests = Interlocked.Read(ref _tokenRequests),
            TokensIssued = Interlocked.Read(ref _tokensIssued),
            ApiRequests = Interlocked.Read(ref _apiRequests),
            MaxApiRequestsPerSecond = max,
            TooManyRequests = Interlocked.Read(ref _tooManyRequests),
            Unauthorized = Interlocked.Read(ref _unauthorized),
            ReferentielFetches = Interlocked.Read(ref _referentielFetches),
            ReferentielFetchesByName = new ReadOnlyDictionary<string, long>(new SortedDictionary<string, long>(_referentielFetchesByName, StringComparer.Ordinal)),
        };
    }
}
