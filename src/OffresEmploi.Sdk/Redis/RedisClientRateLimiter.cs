using System.Globalization;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Diagnostics;
using OffresEmploi.Sdk.Resilience;
using StackExchange.Redis;

namespace OffresEmploi.Sdk.Redis;

/// <summary>
/// The token bucket of one client id shared by every process through Redis (<see cref="TokenBucketScript"/>), with an
/// in-process bucket at quota / <see cref="OffresEmploiOptions.RedisFallbackReplicas"/> while Redis cannot be reached.
/// </summary>
/// <remarks>
/// Going local logs one warning, coming back one information; Redis errors never reach the caller. Each switch starts
/// the bucket switched to empty: the API's own bucket was being spent meanwhile, and a full one would add a burst. Waits run on the
/// local <see cref="TimeProvider"/>; only the balance lives in Redis. The local bucket ignores the server's headers:
/// they describe the whole quota, and following them would undo the division by the replica count.
/// </remarks>
internal sealed class RedisClientRateLimiter : IClientRateLimiter
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    private readonly Task<IConnectionMultiplexer> _connection;
    private readonly RedisKey[] _keys;
    private readonly double _defaultRate;
    private readonly int _defaultCapacity;
    private readonly int _replicas;
    private readonly bool _adaptToHeaders;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ClientRateLimiter _fallback;
    private double _permitsPerSecond;
    private int _capacity;
    private int _local;

    /// <summary>Initializes a new instance of the <see cref="RedisClientRateLimiter"/> class.</summary>
    /// <param name="connection">The Redis connection (it may still be connecting, or be down).</param>
    /// <param name="key">The bucket's key.</param>
    /// <param name="permitsPerSecond">The initial pace of the whole quota; must be positive.</param>
    /// <param name="replicas">How many processes share the quota, for the local fallback; at least 1.</param>
    /// <param name="adaptToHeaders">Whether <see cref="Observe"/> may change the pace.</param>
    /// <param name="timeProvider">The clock the waits run on.</param>
    /// <param name="logger">Where the fallback is reported.</param>
    public RedisClientRateLimiter(
        Task<IConnectionMultiplexer> connection,
        string key,
        double permitsPerSecond,
        int replicas,
        bool adaptToHeaders,
        TimeProvider timeProvider,
        ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permitsPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replicas);
        _connection = connection;
        _keys = [key];
        _defaultRate = _permitsPerSecond = permitsPerSecond;
        _defaultCapacity = _capacity = ClientRateLimiter.DefaultCapacity(permitsPerSecond);
        _replicas = replicas;
        _adaptToHeaders = adaptToHeaders;
        _timeProvider = timeProvider;
        _logger = logger;
        var localRate = permitsPerSecond / replicas;
        _fallback = new ClientRateLimiter(localRate, ClientRateLimiter.DefaultCapacity(localRate), timeProvider, adaptToHeaders: false);
    }

    /// <inheritdoc />
    public double PermitsPerSecond => Volatile.Read(ref _permitsPerSecond);

    /// <inheritdoc />
    public int Capacity => Volatile.Read(ref _capacity);

    /// <summary>Gets whether the last attempt to reach Redis failed, so permits come from the local bucket.</summary>
    public bool IsLocal => Volatile.Read(ref _local) == 1;

    /// <summary>Creates the limiter for <paramref name="options"/> over the process's connection to its store.</summary>
    public static RedisClientRateLimiter Create(OffresEmploiOptions options, TimeProvider timeProvider, ILogger logger) =>
        new(
            RedisConnections.Get(options.RedisConfiguration!),
            RedisSharedState.BucketKey(options),
            options.RequestsPerSecond,
            options.RedisFallbackReplicas,
            options.AdaptToRateLimitHeaders,
            timeProvider,
            logger);

    /// <summary>Reserves a permit in the shared bucket without waiting for it.</summary>
    /// <returns>The seconds the reservation must wait (0 when covered), or null when Redis cannot be reached.</returns>
    public ValueTask<double?> ReserveAsync() => RunAsync(TokenBucketScript.Acquire);

    /// <inheritdoc />
    public async ValueTask<TimeSpan> AcquireAsync(CancellationToken cancellationToken = default)
    {
        if (await ReserveAsync().ConfigureAwait(false) is not { } seconds)
        {
            return await _fallback.AcquireAsync(cancellationToken).ConfigureAwait(false);
        }

        var wait = seconds <= 0 ? TimeSpan.Zero : seconds < MaxWait.TotalSeconds ? TimeSpan.FromSeconds(seconds) : MaxWait;
        if (wait == TimeSpan.Zero)
        {
            return wait;
        }

        try
        {
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _ = await RunAsync(TokenBucketScript.Release).ConfigureAwait(false);
            throw;
        }

        return wait;
    }

    /// <inheritdoc />
    public void Penalize(TimeSpan retryAfter)
    {
        if (retryAfter <= TimeSpan.Zero)
        {
            return;
        }

        // Both buckets: the local one is what this process falls back to if Redis goes away during the wait.
        _fallback.Penalize(retryAfter);
        Send(TokenBucketScript.Penalize, retryAfter.TotalSeconds.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public bool Observe(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!_adaptToHeaders)
        {
            return false;
        }

        var (rate, burst, remaining) = ClientRateLimiter.ReadHeaders(response);
        if (rate is null && burst is null && remaining is null)
        {
            return false;
        }

        Send(TokenBucketScript.Observe, Number(rate), Number(burst), Number(remaining));
        var changed = (rate is { } r && r != PermitsPerSecond) || (burst is { } b && (int)b != Capacity);
        if (rate is { } newRate)
        {
            Volatile.Write(ref _permitsPerSecond, newRate);
        }

        if (burst is { } newBurst)
        {
            Volatile.Write(ref _capacity, (int)newBurst);
        }

        return changed;
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Runs an operation and returns its wait in seconds, or null when Redis cannot be reached (the fallback is then on).</summary>
    private async ValueTask<double?> RunAsync(string operation)
    {
        try
        {
            var connection = await _connection.ConfigureAwait(false);
            if (!connection.IsConnected)
            {
                GoLocal("not connected");
                return null;
            }

            var reply = (RedisResult[]?)await connection.GetDatabase()
                .ScriptEvaluateAsync(TokenBucketScript.Text, _keys, Arguments(operation))
                .ConfigureAwait(false);
            if (reply is not { Length: 3 })
            {
                GoLocal("unexpected script reply");
                return null;
            }

            Volatile.Write(ref _permitsPerSecond, double.Parse((string)reply[1]!, CultureInfo.InvariantCulture));
            Volatile.Write(ref _capacity, (int)double.Parse((string)reply[2]!, CultureInfo.InvariantCulture));
            var wait = double.Parse((string)reply[0]!, CultureInfo.InvariantCulture);
            if (Interlocked.Exchange(ref _local, 0) == 1)
            {
                // The shared balance is unknown after an outage (a restarted Redis starts the bucket full) while the API's
                // bucket was being spent by every replica's local pacing: start the shared one empty, as the local one did.
                Log.SharedRateLimiterRecovered(_logger);
                Send(TokenBucketScript.Penalize, (1 / PermitsPerSecond).ToString("R", CultureInfo.InvariantCulture));
            }

            return wait;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // The type only: Redis messages name endpoints and options, and the caller's request must go on.
            GoLocal(e.GetType().Name);
            return null;
        }
    }

    /// <summary>Updates the shared bucket without waiting for the answer; a failure only means Redis missed this update.</summary>
    private void Send(string operation, params string[] numbers)
    {
        if (!_connection.IsCompletedSuccessfully || !_connection.Result.IsConnected)
        {
            return;
        }

        try
        {
            _ = _connection.Result.GetDatabase().ScriptEvaluate(TokenBucketScript.Text, _keys, Arguments(operation, numbers), CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            GoLocal(e.GetType().Name);
        }
    }

    private RedisValue[] Arguments(string operation, params string[] numbers)
    {
        var arguments = new RedisValue[3 + numbers.Length];
        arguments[0] = operation;
        arguments[1] = _defaultRate.ToString("R", CultureInfo.InvariantCulture);
        arguments[2] = _defaultCapacity;
        for (var i = 0; i < numbers.Length; i++)
        {
            arguments[3 + i] = numbers[i];
        }

        return arguments;
    }

    private void GoLocal(string reason)
    {
        if (Interlocked.Exchange(ref _local, 1) == 0)
        {
            // The shared bucket was being spent by every replica up to now: a full local bucket would add a burst per
            // replica on top of it. The local one starts empty (one permit back after 1 / its pace).
            _fallback.Penalize(TimeSpan.FromSeconds(1 / _fallback.PermitsPerSecond));
            Log.SharedRateLimiterUnavailable(_logger, reason, _fallback.PermitsPerSecond, _replicas);
        }
    }
}
