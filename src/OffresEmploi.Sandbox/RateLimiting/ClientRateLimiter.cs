using System.Globalization;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.RateLimiting;

/// <summary>
/// One token bucket per client id, like the gateway's <c>clientidlimiter</c>: <c>burst</c> tokens
/// at most, refilled at <c>rate</c> tokens per second, one token per request. Time comes from the
/// injected <see cref="TimeProvider"/>, so tests advance a FakeTimeProvider instead of sleeping.
/// </summary>
internal sealed class ClientRateLimiter
{
    private readonly double _rate;
    private readonly int _burst;
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly string _rateText;

    public ClientRateLimiter(double rate, int burst, TimeProvider timeProvider)
    {
        _rate = rate;
        _burst = burst;
        _timeProvider = timeProvider;
        _rateText = rate.ToString("0.###", CultureInfo.InvariantCulture);
    }

    public RateLimitDecision TryAcquire(string clientId)
    {
        var now = _timeProvider.GetTimestamp();
        lock (_lock)
        {
            if (!_buckets.TryGetValue(clientId, out var bucket))
            {
                bucket = new Bucket { Tokens = _burst, Timestamp = now };
                _buckets[clientId] = bucket;
            }

            var elapsed = _timeProvider.GetElapsedTime(bucket.Timestamp, now).TotalSeconds;
            bucket.Tokens = Math.Min(_burst, bucket.Tokens + (Math.Max(0, elapsed) * _rate));
            bucket.Timestamp = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                return new RateLimitDecision(true, (int)Math.Floor(bucket.Tokens), 0);
            }

            var wait = (int)Math.Ceiling((1 - bucket.Tokens) / _rate);
            return new RateLimitDecision(false, 0, Math.Max(1, wait));
        }
    }

    /// <summary>Adds the headers production sends with every answer of the limiter.</summary>
    public void AddHeaders(SandboxResponse response, RateLimitDecision decision)
    {
        response.WithHeader("x-ratelimit-burst-capacity-clientidlimiter", _burst.ToString(CultureInfo.InvariantCulture))
            .WithHeader("x-ratelimit-remaining-clientidlimiter", decision.Remaining.ToString(CultureInfo.InvariantCulture))
            .WithHeader("x-ratelimit-replenish-rate-clientidlimiter", _rateText)
            .WithHeader("x-ratelimit-requested-tokens-clientidlimiter", "1");
    }

    private sealed class Bucket
    {
        public double Tokens { get; set; }

        public long Timestamp { get; set; }
    }
}
