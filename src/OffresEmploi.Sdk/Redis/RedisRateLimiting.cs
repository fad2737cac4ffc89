using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Resilience;

namespace OffresEmploi.Sdk.Redis;

/// <summary>
/// Hands out one Redis-backed limiter per Redis store, client id and API host in the process, as
/// <see cref="ClientRateLimiterRegistry"/> does for the in-process ones; processes share through Redis itself.
/// </summary>
/// <remarks>
/// Its signatures hold no StackExchange.Redis type, so <see cref="ClientRateLimiterRegistry"/> can call it in a branch
/// without the Redis assembly being loaded when <see cref="OffresEmploiOptions.RedisConfiguration"/> is not set.
/// </remarks>
internal static class RedisRateLimiting
{
    private static readonly ConditionalWeakTable<TimeProvider, ConcurrentDictionary<string, IClientRateLimiter>> Limiters = [];

    /// <summary>The Redis key of a client id's bucket at an API host (the client id is not a secret; the host keeps a sandbox apart from production).</summary>
    public static string BucketKey(OffresEmploiOptions options) =>
        $"offres-emploi:rate:{options.ClientId}@{options.BaseAddress.Authority}";

    /// <summary>Returns the process's limiter for the store, client id and host of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException"><see cref="OffresEmploiOptions.RedisConfiguration"/> is not a valid configuration string.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IClientRateLimiter GetOrCreate(OffresEmploiOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var configuration = options.RedisConfiguration!;
        var perClock = Limiters.GetValue(timeProvider, static _ => new ConcurrentDictionary<string, IClientRateLimiter>(StringComparer.Ordinal));
        return perClock.GetOrAdd(
            configuration + "\n" + BucketKey(options),
            static (_, state) => RedisClientRateLimiter.Create(state.options, state.timeProvider, state.logger),
            (options, timeProvider, logger));
    }
}
