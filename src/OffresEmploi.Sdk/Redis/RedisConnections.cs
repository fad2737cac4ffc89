using System.Collections.Concurrent;
using StackExchange.Redis;

namespace OffresEmploi.Sdk.Redis;

/// <summary>One StackExchange.Redis connection per configuration string in the process (a multiplexer is meant to be shared).</summary>
internal static class RedisConnections
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<IConnectionMultiplexer>>> Connections = new(StringComparer.Ordinal);

    /// <summary>Returns the connection for <paramref name="configuration"/>, connecting on first use.</summary>
    public static Task<IConnectionMultiplexer> Get(string configuration) =>
        Connections.GetOrAdd(configuration, static text => new Lazy<Task<IConnectionMultiplexer>>(() => ConnectAsync(Parse(text)))).Value;

    /// <summary>Parses a configuration string (checked by the options' validation) with what shared state needs: never give up connecting.</summary>
    public static ConfigurationOptions Parse(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);

        // A replica must start, and keep serving through local pacing, while Redis is down: it reconnects in the background.
        options.AbortOnConnectFail = false;

        // Replicas must come back to the shared bucket close together: while one is shared and another still local, the
        // two paces add up past the quota. The default retry backs off in multiples of the 5 s connect timeout.
        options.ReconnectRetryPolicy = new LinearRetry(500);
        return options;
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(ConfigurationOptions options) =>
        await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
}
