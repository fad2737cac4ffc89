using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Resilience;

namespace OffresEmploi.Sdk.Redis;

/// <summary>
/// Creates the Redis-backed limiter of a Redis store, client id and API host for <see cref="ClientRateLimiterRegistry"/>,
/// which keeps one per process; processes share through Redis itself.
/// </summary>
/// <remarks>
/// Its signatures hold no StackExchange.Redis type, so <see cref="ClientRateLimiterRegistry"/> can call it in a branch
/// without the Redis assembly being loaded when <see cref="OffresEmploiOptions.RedisConfiguration"/> is not set.
/// </remarks>
internal static class RedisRateLimiting
{
    /// <summary>The Redis key of a client id's bucket at an API host (the client id is not a secret; the host keeps a sandbox apart from production).</summary>
    public static string BucketKey(OffresEmploiOptions options) =>
        $"offres-emploi:rate:{options.ClientId}@{options.BaseAddress.Authority}";

    /// <summary>Creates the limiter for the store, client id and host of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException"><see cref="OffresEmploiOptions.RedisConfiguration"/> is not a valid configuration string.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IClientRateLimiter Create(OffresEmploiOptions options, TimeProvider timeProvider, ILogger logger) =>
        RedisClientRateLimiter.Create(options, timeProvider, logger);
}
