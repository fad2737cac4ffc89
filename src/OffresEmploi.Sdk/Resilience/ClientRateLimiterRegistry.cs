
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
    private static readonly SharedState.PerClockTable<IClientRateLimiter> Limiters = new();

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

        // One table for both kinds: a Redis store is part of the key, so an in-process and a shared bucket never mix.
        var key = (options.UsesRedis ? options.RedisConfiguration : "") + "\n" + options.ClientId + "\n" + options.BaseAddress.Authority;
        return Limiters.GetOrAdd(timeProvider, key, static (_, state) => Create(state.options, state.timeProvider, state.logger), (options, timeProvider, logger));
    }

    private static IClientRateLimiter Create(OffresEmploiOptions options, TimeProvider timeProvider, Microsoft.Extensions.Logging.ILogger? logger) =>
        // Only this branch reaches the Redis library: without the setting its assembly is never loaded.
        options.UsesRedis
            ? Redis.RedisSharedState.CreateRateLimiter(options, timeProvider, logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
            : new ClientRateLimiter(
                options.RequestsPerSecond,
                ClientRateLimiter.DefaultCapacity(options.RequestsPerSecond),
                timeProvider,
                options.AdaptToRateLimitHeaders);
}
