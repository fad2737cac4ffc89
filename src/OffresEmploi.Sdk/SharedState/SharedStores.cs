using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OffresEmploi.Sdk.SharedState;

/// <summary>Hands out one <see cref="ISharedStore"/> per Redis configuration and clock in the process, or none without the setting.</summary>
/// <remarks>Keyed by <see cref="TimeProvider"/> as <see cref="Resilience.ClientRateLimiterRegistry"/> is: a test's fake clock never shares a store's waits with the system clock.</remarks>
internal static class SharedStores
{
    private static readonly PerClockTable<ISharedStore> Stores = new();

    /// <summary>Returns the store of <see cref="OffresEmploiOptions.RedisConfiguration"/>, or null when it is not set.</summary>
    public static ISharedStore? GetOrCreate(OffresEmploiOptions options, TimeProvider timeProvider, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (!options.UsesRedis)
        {
            return null;
        }

        return Stores.GetOrAdd(
            timeProvider,
            options.RedisConfiguration!,
            // Only this branch reaches the Redis library: without the setting its assembly is never loaded.
            static (_, state) => Redis.RedisSharedState.CreateStore(state.options, state.timeProvider, state.logger ?? NullLogger.Instance),
            (options, timeProvider, logger));
    }
}
