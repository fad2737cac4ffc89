using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Diagnostics;
using OffresEmploi.Sdk.SharedState;
using StackExchange.Redis;

namespace OffresEmploi.Sdk.Redis;

/// <summary>
/// An <see cref="ISharedStore"/> on Redis: a value per key with the codec's lifetime, and a short lock per key so
/// that one process creates a missing value while the others poll for it.
/// </summary>
/// <remarks>
/// <para>
/// The lock lives <see cref="LockLifetime"/> and its holder extends it while it creates the value, so a process that
/// dies holding it delays the others by one lifetime at most. Waiters poll (every 20 ms, backing off to 250 ms) on the
/// local <see cref="TimeProvider"/>; a waiter that finds neither the value nor the lock takes the lock itself.
/// </para>
/// <para>
/// While Redis cannot be reached, values are created locally and not stored: one warning when that starts, one
/// information when Redis answers again. Redis errors never reach the caller; errors of the creation do.
/// </para>
/// </remarks>
internal sealed class RedisSharedStore : ISharedStore
{
    /// <summary>How long a lock lives unless its holder extends it.</summary>
    public static readonly TimeSpan LockLifetime = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LastPoll = TimeSpan.FromMilliseconds(250);

    private readonly Task<IConnectionMultiplexer> _connection;
    private readonly TimeProvider _timeProvider;
    private readonly RedisAvailability _availability;

    /// <summary>Initializes a new instance of the <see cref="RedisSharedStore"/> class.</summary>
    /// <param name="connection">The Redis connection (it may still be connecting, or be down).</param>
    /// <param name="timeProvider">The clock the waits run on.</param>
    /// <param name="logger">Where going local and coming back are reported.</param>
    public RedisSharedStore(Task<IConnectionMultiplexer> connection, TimeProvider timeProvider, ILogger logger)
    {
        _connection = connection;
        _timeProvider = timeProvider;
        _availability = new RedisAvailability(reason => Log.SharedStoreUnavailable(logger, reason), () => Log.SharedStoreRecovered(logger));
    }

    /// <summary>Gets whether the last attempt to reach Redis failed, so values are created locally.</summary>
    public bool IsLocal => _availability.IsLocal;

    /// <summary>Creates the store of <paramref name="options"/> over the process's connection to it.</summary>
    public static RedisSharedStore Create(OffresEmploiOptions options, TimeProvider timeProvider, ILogger logger) =>
        new(RedisConnections.Get(options.RedisConfiguration!), timeProvider, logger);

    /// <inheritdoc />
    public async Task<SharedValue<T>> GetOrCreateAsync<T>(string key, SharedCodec<T> codec, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(create);
        var lockKey = (RedisKey)(key + ":lock");
        var poll = FirstPoll;
        while (true)
        {
            if (await TryConnectAsync().ConfigureAwait(false) is not { } database)
            {
                return await CreateLocallyAsync(codec, create, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                if (await ReadAsync(database, key, codec).ConfigureAwait(false) is { } found)
                {
                    _availability.Answered();
                    return found;
                }

                var owner = (RedisValue)Guid.NewGuid().ToString("N");
                if (await database.LockTakeAsync(lockKey, owner, LockLifetime).ConfigureAwait(false))
                {
                    _availability.Answered();
                    return await CreateUnderLockAsync(database, key, lockKey, owner, codec, create, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (RedisAvailability.IsFailure(e))
            {
                _availability.Lost(e.GetType().Name);
                return await CreateLocallyAsync(codec, create, cancellationToken).ConfigureAwait(false);
            }

            // Another process is creating it: look again shortly.
            await Task.Delay(poll, _timeProvider, cancellationToken).ConfigureAwait(false);
            poll = poll * 2 < LastPoll ? poll * 2 : LastPoll;
        }
    }

    /// <inheritdoc />
    public void RemoveIfUnchanged(string key, ReadOnlyMemory<byte> stored)
    {
        if (stored.IsEmpty || !_connection.IsCompletedSuccessfully || !_connection.Result.IsConnected)
        {
            return;
        }

        try
        {
            // LockRelease is Redis's compare-and-delete: it removes the key only while it holds these bytes.
            _ = _connection.Result.GetDatabase().LockRelease(key, stored, CommandFlags.FireAndForget);
        }
        catch (Exception e) when (RedisAvailability.IsFailure(e))
        {
            _availability.Lost(e.GetType().Name);
        }
    }

    private static async Task<SharedValue<T>?> ReadAsync<T>(IDatabase database, string key, SharedCodec<T> codec)
        where T : class
    {
        var entry = await database.StringGetWithExpiryAsync(key).ConfigureAwait(false);
        if (entry.Value.IsNull || entry.Expiry is not { } timeToLive || timeToLive <= TimeSpan.Zero)
        {
            return null;
        }

        var bytes = (byte[])entry.Value!;
        return codec.Read(bytes) is { } value ? new SharedValue<T>(value, timeToLive, bytes) : null;
    }

    private async Task<SharedValue<T>> CreateUnderLockAsync<T>(
        IDatabase database,
        string key,
        RedisKey lockKey,
        RedisValue owner,
        SharedCodec<T> codec,
        Func<CancellationToken, Task<T>> create,
        CancellationToken cancellationToken)
        where T : class
    {
        using var stopExtending = new CancellationTokenSource();
        var extending = ExtendLockAsync(database, lockKey, owner, stopExtending.Token);
        try
        {
            // Another process may have stored it between this one's read and its lock.
            if (await ReadAsync(database, key, codec).ConfigureAwait(false) is { } found)
            {
                return found;
            }

            var value = await create(cancellationToken).ConfigureAwait(false);
            var bytes = codec.Write(value, out var timeToLive);
            if (timeToLive <= TimeSpan.Zero)
            {
                return new SharedValue<T>(value, timeToLive, ReadOnlyMemory<byte>.Empty);
            }

            try
            {
                _ = await database.StringSetAsync(key, bytes, timeToLive).ConfigureAwait(false);
                return new SharedValue<T>(value, timeToLive, bytes);
            }
            catch (Exception e) when (RedisAvailability.IsFailure(e))
            {
                // The value is made: this caller keeps it, the others will make their own.
                _availability.Lost(e.GetType().Name);
                return new SharedValue<T>(value, timeToLive, ReadOnlyMemory<byte>.Empty);
            }
        }
        finally
        {
            await stopExtending.CancelAsync().ConfigureAwait(false);
            await extending.ConfigureAwait(false);
            try
            {
                _ = await database.LockReleaseAsync(lockKey, owner).ConfigureAwait(false);
            }
            catch (Exception e) when (RedisAvailability.IsFailure(e))
            {
                // The lock expires on its own.
            }
        }
    }

    /// <summary>Keeps the lock while its holder creates the value (a slow token endpoint must not let a second process in).</summary>
    private async Task ExtendLockAsync(IDatabase database, RedisKey lockKey, RedisValue owner, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LockLifetime / 3, _timeProvider, stop).ConfigureAwait(false);
                _ = await database.LockExtendAsync(lockKey, owner, LockLifetime).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The value is made.
        }
        catch (Exception e) when (RedisAvailability.IsFailure(e))
        {
            // Redis went away: there is nothing left to extend.
        }
    }

    private static async Task<SharedValue<T>> CreateLocallyAsync<T>(SharedCodec<T> codec, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
        where T : class
    {
        var value = await create(cancellationToken).ConfigureAwait(false);
        _ = codec.Write(value, out var timeToLive);
        return new SharedValue<T>(value, timeToLive, ReadOnlyMemory<byte>.Empty);
    }

    private async ValueTask<IDatabase?> TryConnectAsync()
    {
        try
        {
            var connection = await _connection.ConfigureAwait(false);
            if (connection.IsConnected)
            {
                return connection.GetDatabase();
            }

            _availability.Lost("not connected");
            return null;
        }
        catch (Exception e) when (RedisAvailability.IsFailure(e))
        {
            _availability.Lost(e.GetType().Name);
            return null;
        }
    }
}
