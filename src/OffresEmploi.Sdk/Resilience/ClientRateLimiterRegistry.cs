using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace OffresEmploi.Sdk.Resilience;

/// <summary>
/// Hands out one <see cref="ClientRateLimiter"/> per client id and API host, so that every client, handler and
/// DI registration in the process that uses the same credentials shares one quota.
/// </summary>
/// <remarks>
/// Limiters are also keyed by <see cref="TimeProvider"/>: a fake clock in a test never shares a bucket with the
/// system clock, and the table entry goes away with the provider. The first registration for a key sets the
/// initial pace; the server's headers may change it afterwards.
/// </remarks>
internal static class ClientRateLimiterRegistry
{
    private static readonly ConditionalWeakTable<TimeProvider, ConcurrentDictionary<string, ClientRateLimiter>> Limiters = [];

    /// <summary>
    /// Returns the shared limiter for these options, or null when pacing is off (<see cref="OffresEmploiOptions.RequestsPerSecond"/> = 0):
    /// the bucket shared through Redis when <see cref="OffresEmploiOptions.RedisConfiguration"/> is set, the in-process one otherwise.
    /// </summary>
    public static IClientRateLimiter? GetOrCreate(OffresEmploiOptions options, TimeProvider timeProvider, Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (options.RequestsPerSecond <= 0)
        {
            return null;
        }

        // Only this branch reaches the Redis library: without the setting its assembly is never loaded.
        if (options.UsesRedis)
        {
            return Redis.RedisRateLimiting.GetOrCreate(options, timeProvider, logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        }

        var key = options.ClientId + "\n" + options.BaseAddress.Authority;
        var perClock = Limiters.GetValue(timeProvider, static _ => new ConcurrentDictionary<string, ClientRateLimiter>(StringComparer.Ordinal));
        return perClock.GetOrAdd(
            key,
            static (_, state) => new ClientRateLimiter(
                state.RequestsPerSecond,
                ClientRateLimiter.DefaultCapacity(state.RequestsPerSecond),
                state.TimeProvider,
                state.AdaptToRateLimitHeaders),
            (options.RequestsPerSecond, options.AdaptToRateLimitHeaders, TimeProvider: timeProvider));
    }
}
