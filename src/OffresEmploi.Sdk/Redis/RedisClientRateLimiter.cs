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
/// the bucket switched to empty and after the other bucket's queue: callers already waiting their turn in one still go,
/// and serving new callers beside them would double the pace for as long as that queue lasts (measured: 13 × 429 in
/// the 2 s after each switch, 3 replicas at 10 requests/s, before this). Waits run on the
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
    private readonly RedisAvailability _availability;

    // When the last permit this process reserved in the shared bucket is due (UTC ticks): callers still wait for their
    // turn there when Redis goes away, and the local bucket must not serve new callers beside them.
    private long _sharedQueueEnd;

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
        _availability = new RedisAvailability(WentLocal, () => Log.SharedRateLimiterRecovered(logger));
    }

    /// <inheritdoc />
    public double PermitsPerSecond => Volatile.Read(ref _permitsPerSecond);

    /// <inheritdoc />
    public int Capacity => Volatile.Read(ref _capacity);

    /// <summary>Gets whether the last attempt to reach Redis failed, so permits come from the local bucket.</summary>
    public bool IsLocal => _availability.IsLocal;

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

        var due = (_timeProvider.GetUtcNow() + wait).UtcTicks;
        for (var end = Volatile.Read(ref _sharedQueueEnd); due > end; end = Volatile.Read(ref _sharedQueueEnd))
        {
            if (Interlocked.CompareExchange(ref _sharedQueueEnd, due, end) == end)
            {
                break;
            }
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
                _availability.Lost("not connected");
                return null;
            }

            var database = connection.GetDatabase();
            if (IsLocal && operation == TokenBucketScript.Acquire)
            {
                // Back from local pacing: the callers queued in the local bucket still go at their turn, and a restarted
                // Redis starts the bucket full. The shared bucket starts after the local queue, empty.
                var local = _fallback.Available;
                var backlog = (local < 1 ? 1 - local : 1) / _fallback.PermitsPerSecond;
                _ = await database.ScriptEvaluateAsync(TokenBucketScript.Text, _keys, Arguments(TokenBucketScript.Penalize, backlog.ToString("R", CultureInfo.InvariantCulture)))
                    .ConfigureAwait(false);
            }

            var reply = (RedisResult[]?)await database
                .ScriptEvaluateAsync(TokenBucketScript.Text, _keys, Arguments(operation))
                .ConfigureAwait(false);
            if (reply is not { Length: 3 })
            {
                _availability.Lost("unexpected script reply");
                return null;
            }

            Volatile.Write(ref _permitsPerSecond, double.Parse((string)reply[1]!, CultureInfo.InvariantCulture));
            Volatile.Write(ref _capacity, (int)double.Parse((string)reply[2]!, CultureInfo.InvariantCulture));
            var wait = double.Parse((string)reply[0]!, CultureInfo.InvariantCulture);
            _availability.Answered();

            return wait;
        }
        catch (Exception e) when (RedisAvailability.IsFailure(e))
        {
            // The type only: Redis messages name endpoints and options, and the caller's request must go on.
            _availability.Lost(e.GetType().Name);
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
        catch (Exception e) when (RedisAvailability.IsFailure(e))
        {
            _availability.Lost(e.GetType().Name);
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

    /// <summary>On going local: the local bucket starts after this process's shared queue, empty; one warning.</summary>
    private void WentLocal(string reason)
    {
        // The callers that reserved permits in the shared bucket still go at their turn, and the API's bucket was
        // being spent by every replica: the local bucket starts after this process's shared queue, empty.
        var queued = new DateTimeOffset(Volatile.Read(ref _sharedQueueEnd), TimeSpan.Zero) - _timeProvider.GetUtcNow();
        var empty = TimeSpan.FromSeconds(1 / _fallback.PermitsPerSecond);
        _fallback.Penalize(queued > empty ? queued : empty);
        Log.SharedRateLimiterUnavailable(_logger, reason, Math.Round(_fallback.PermitsPerSecond, 3), _replicas);
    }
}
