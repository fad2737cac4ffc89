using System.Globalization;

namespace OffresEmploi.Sdk.Resilience;

/// <summary>
/// A token bucket over a <see cref="TimeProvider"/> that paces the requests of one client id, and follows the
/// server's <c>x-ratelimit-*-clientidlimiter</c> headers when they are present.
/// </summary>
/// <remarks>
/// <para>
/// Callers reserve a permit before waiting: the balance may go negative, and each caller waits until its own
/// reservation is covered. That keeps callers in arrival order without a queue. A cancelled wait gives its
/// permit back.
/// </para>
/// <para>
/// <c>System.Threading.RateLimiting.TokenBucketRateLimiter</c> is not used because it replenishes on a
/// system timer that a fake clock cannot drive.
/// </para>
/// </remarks>
internal sealed class ClientRateLimiter : IClientRateLimiter
{
    /// <summary>The header carrying the permits added per second.</summary>
    public const string ReplenishRateHeader = "x-ratelimit-replenish-rate-clientidlimiter";

    /// <summary>The header carrying the bucket size.</summary>
    public const string BurstCapacityHeader = "x-ratelimit-burst-capacity-clientidlimiter";

    /// <summary>The header carrying the permits left after this request.</summary>
    public const string RemainingHeader = "x-ratelimit-remaining-clientidlimiter";

    /// <summary>The slowest pace the server's headers may impose; a lower value is garbage, and obeying it would stall the client for hours.</summary>
    public const double MinAdaptedPermitsPerSecond = 0.1;

    /// <summary>The fastest pace and largest burst the server's headers may set.</summary>
    public const double MaxAdapted = 1000;

    /// <summary>The longest single wait for a permit, whatever the balance: a guard against overflowing <see cref="TimeSpan"/>.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private readonly bool _adaptToHeaders;
    private double _permitsPerSecond;
    private int _capacity;
    private double _available;
    private long _lastRefill;

    /// <summary>Initializes a new instance of the <see cref="ClientRateLimiter"/> class.</summary>
    /// <param name="permitsPerSecond">The pace; must be positive.</param>
    /// <param name="capacity">The burst size; at least 1.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="adaptToHeaders">Whether <see cref="Observe"/> may change the pace.</param>
    public ClientRateLimiter(double permitsPerSecond, int capacity, TimeProvider timeProvider, bool adaptToHeaders = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permitsPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _permitsPerSecond = permitsPerSecond;
        _capacity = capacity;
        _available = capacity;
        _timeProvider = timeProvider;
        _adaptToHeaders = adaptToHeaders;
        _lastRefill = timeProvider.GetTimestamp();
    }

    /// <summary>Gets the current pace, in permits per second.</summary>
    public double PermitsPerSecond
    {
        get
        {
            lock (_lock)
            {
                return _permitsPerSecond;
            }
        }
    }

    /// <summary>Gets the current burst size.</summary>
    public int Capacity
    {
        get
        {
            lock (_lock)
            {
                return _capacity;
            }
        }
    }

    /// <summary>Gets the permits available now (negative while callers are queued).</summary>
    public double Available
    {
        get
        {
            lock (_lock)
            {
                Refill();
                return _available;
            }
        }
    }

    /// <summary>The default burst for a pace: a whole second's worth of permits, at least one.</summary>
    public static int DefaultCapacity(double permitsPerSecond) => Math.Max(1, (int)Math.Floor(permitsPerSecond));

    /// <summary>Takes one permit, waiting on the clock until it is covered.</summary>
    /// <returns>How long the caller waited (zero when a permit was available).</returns>
    public async ValueTask<TimeSpan> AcquireAsync(CancellationToken cancellationToken = default)
    {
        TimeSpan wait;
        lock (_lock)
        {
            Refill();
            _available -= 1;
            var seconds = _available >= 0 ? 0 : -_available / _permitsPerSecond;
            wait = seconds < MaxWait.TotalSeconds ? TimeSpan.FromSeconds(seconds) : MaxWait;
        }

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
            lock (_lock)
            {
                Refill();
                _available = Math.Min(_capacity, _available + 1);
            }

            throw;
        }

        return wait;
    }

    /// <summary>Holds every caller back for <paramref name="retryAfter"/>, after the server answered 429.</summary>
    public void Penalize(TimeSpan retryAfter)
    {
        if (retryAfter <= TimeSpan.Zero)
        {
            return;
        }

        lock (_lock)
        {
            Refill();

            // Balance such that exactly one permit is back when the server's wait ends.
            _available = Math.Min(_available, 1 - (retryAfter.TotalSeconds * _permitsPerSecond));
        }
    }

    /// <summary>Follows the server's rate-limit headers in <paramref name="response"/>, when adaptation is on.</summary>
    /// <returns><see langword="true"/> when the pace or burst changed.</returns>
    public bool Observe(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!_adaptToHeaders)
        {
            return false;
        }

        var (rate, burst, remaining) = ReadHeaders(response);
        if (rate is null && burst is null && remaining is null)
        {
            return false;
        }

        lock (_lock)
        {
            Refill();
            var changed = false;
            if (rate is { } r && r != _permitsPerSecond)
            {
                _permitsPerSecond = r;
                changed = true;
            }

            if (burst is { } b && (int)b != _capacity)
            {
                _capacity = (int)b;
                _available = Math.Min(_available, _capacity);
                changed = true;
            }

            // The server's count includes other processes using the same client id; never believe in more
            // permits than it reports.
            if (remaining is { } left && _available > left)
            {
                _available = left;
            }

            return changed;
        }
    }

    /// <summary>
    /// Reads the server's rate-limit headers, each null when absent or implausible: values outside the plausible range
    /// are ignored, not clamped (a gateway sending 5e-324 or 1e300 is broken, and (int)1e300 would even turn the burst
    /// negative).
    /// </summary>
    public static (double? Rate, double? Burst, double? Remaining) ReadHeaders(HttpResponseMessage response) =>
    (
        ReadNumber(response, ReplenishRateHeader) is >= MinAdaptedPermitsPerSecond and <= MaxAdapted and var rate ? rate : null,
        ReadNumber(response, BurstCapacityHeader) is >= 1 and <= MaxAdapted and var burst ? Math.Floor(burst) : null,
        ReadNumber(response, RemainingHeader) is >= 0 and var remaining ? remaining : null
    );

    private static double? ReadNumber(HttpResponseMessage response, string header)
    {
        if (response.Headers.NonValidated.TryGetValues(header, out var values))
        {
            foreach (var value in values)
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    return number;
                }
            }
        }

        return null;
    }

    private void Refill()
    {
        var now = _timeProvider.GetTimestamp();
        var elapsed = _timeProvider.GetElapsedTime(_lastRefill, now);
        _lastRefill = now;
        if (elapsed > TimeSpan.Zero)
        {
            _available = Math.Min(_capacity, _available + (elapsed.TotalSeconds * _permitsPerSecond));
        }
    }
}
