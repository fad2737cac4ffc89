using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.SharedState;

namespace OffresEmploi.Sdk.Redis;

/// <summary>
/// Creates what is shared through Redis when <see cref="OffresEmploiOptions.RedisConfiguration"/> is set: the rate
/// limiter of a client id and host (<see cref="ClientRateLimiterRegistry"/>) and the store of tokens and referentiels
/// (<see cref="SharedStores"/>).
/// </summary>
/// <remarks>
/// Its signatures hold no StackExchange.Redis type, so its callers can call it in a branch without the Redis assembly
/// being loaded when the setting is not set.
/// </remarks>
internal static class RedisSharedState
{
    /// <summary>The Redis key of a client id's bucket at an API host (the client id is not a secret; the host keeps a sandbox apart from production).</summary>
    public static string BucketKey(OffresEmploiOptions options) =>
        $"offres-emploi:rate:{options.ClientId}@{options.BaseAddress.Authority}";

    /// <summary>Creates the limiter for the store, client id and host of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException"><see cref="OffresEmploiOptions.RedisConfiguration"/> is not a valid configuration string.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IClientRateLimiter CreateRateLimiter(OffresEmploiOptions options, TimeProvider timeProvider, ILogger logger) =>
        RedisClientRateLimiter.Create(options, timeProvider, logger);

    /// <summary>Creates the store of tokens and referentiels of <paramref name="options"/>'s Redis.</summary>
    /// <exception cref="ArgumentException"><see cref="OffresEmploiOptions.RedisConfiguration"/> is not a valid configuration string.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ISharedStore CreateStore(OffresEmploiOptions options, TimeProvider timeProvider, ILogger logger) =>
        RedisSharedStore.Create(options, timeProvider, logger);
}
