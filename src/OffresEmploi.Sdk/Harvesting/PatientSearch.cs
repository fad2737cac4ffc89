using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Diagnostics;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Harvesting;

/// <summary>
/// The fetching part of a harvest: sends one search, and when it fails with a transient cause after the client's own
/// retries, sends it again after a growing pause, for as long as the harvest as a whole keeps making progress.
/// </summary>
/// <remarks>
/// <para>
/// Progress is any answered request, from any of the concurrent pages: the stall clock measures how long the API has
/// answered nothing, not how long one page has failed. Pauses double from <see cref="FirstPause"/> to
/// <see cref="LongestPause"/>, with ±20 % jitter so that concurrent pages do not return in step, are never shorter than
/// the server's <c>Retry-After</c>, and never run past the stall deadline: the last attempt is made at the deadline.
/// </para>
/// <para>
/// A give-up throws <see cref="HarvestGiveUpException"/> carrying the last failure; the harvester turns it into the
/// public <see cref="OffresEmploiHarvestException"/> with its checkpoint. A failure no retry can fix is rethrown as is.
/// </para>
/// </remarks>
internal sealed class PatientSearch
{
    /// <summary>The first pause after a failed page.</summary>
    public static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(5);

    /// <summary>The longest pause between two attempts of a page (unless the server's <c>Retry-After</c> asks for more).</summary>
    public static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(2);

    private readonly Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> _search;
    private readonly TimeSpan _stallTimeout;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Action<HarvestPause>? _onPause;
    private long _lastProgress;
    private int _requests;
    private int _retries;

    public PatientSearch(
        Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> search,
        TimeSpan stallTimeout,
        TimeProvider timeProvider,
        ILogger logger,
        Action<HarvestPause>? onPause = null)
    {
        _search = search;
        _stallTimeout = stallTimeout;
        _timeProvider = timeProvider;
        _logger = logger;
        _onPause = onPause;
        _lastProgress = timeProvider.GetTimestamp();
    }

    /// <summary>Gets the searches sent, pauses' attempts included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Gets the searches sent again after a pause.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Starts the stall clock: the enumeration begins now, whenever the harvest was created.</summary>
    public void Start() => Volatile.Write(ref _lastProgress, _timeProvider.GetTimestamp());

    /// <summary>Sets the counts a resumed harvest starts from.</summary>
    public void Restore(int requests, int retries)
    {
        _requests = requests;
        _retries = retries;
    }

    /// <summary>Sends <paramref name="request"/> until it is answered, a failure cannot be fixed, or the harvest stalls.</summary>
    /// <exception cref="HarvestGiveUpException">No request was answered for the stall timeout.</exception>
    public async Task<OffresPage> SearchAsync(OffresSearchRequest request, CancellationToken cancellationToken)
    {
        var unauthorized = 0;
        for (var attempt = 0; ; attempt++)
        {
            _ = Interlocked.Increment(ref _requests);
            try
            {
                var page = await _search(request, cancellationToken).ConfigureAwait(false);
                _ = Interlocked.Exchange(ref _lastProgress, _timeProvider.GetTimestamp());
                return page;
            }
            catch (OffresEmploiException failure) when (!cancellationToken.IsCancellationRequested && HarvestFailure.IsTransient(failure, out var serverDelay))
            {
                if (HarvestFailure.IsUnauthorized(failure) && ++unauthorized >= HarvestFailure.MaxUnauthorizedPerPage)
                {
                    throw;
                }

                var pause = PauseAfter(failure, attempt, serverDelay);
                _ = Interlocked.Increment(ref _retries);
                await Task.Delay(pause, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Returns the pause before the next attempt, or throws when the stall budget is spent.</summary>
    private TimeSpan PauseAfter(OffresEmploiException failure, int attempt, TimeSpan? serverDelay)
    {
        var stalled = _timeProvider.GetElapsedTime(Volatile.Read(ref _lastProgress));
        var left = _stallTimeout - stalled;

        // A server asking for a longer wait than the budget has left will not answer in time: give up now, not later.
        if (left <= TimeSpan.Zero || serverDelay > left)
        {
            Log.HarvestGaveUp(_logger, (long)stalled.TotalSeconds, failure.Status);
            throw new HarvestGiveUpException(failure, stalled);
        }

        var pause = Backoff(attempt);
        if (serverDelay > pause)
        {
            pause = serverDelay.Value;
        }

        if (pause > left)
        {
            pause = left;
        }

        Log.HarvestPaused(_logger, failure.Status, (long)pause.TotalMilliseconds, (long)stalled.TotalSeconds, (long)_stallTimeout.TotalSeconds);
        _onPause?.Invoke(new HarvestPause(pause, failure, stalled, _stallTimeout));
        return pause;
    }

    private static TimeSpan Backoff(int attempt)
    {
        var exponential = FirstPause.TotalSeconds * Math.Pow(2, Math.Min(attempt, 16));
        var capped = Math.Min(exponential, LongestPause.TotalSeconds);
        return TimeSpan.FromSeconds(capped * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }
}

/// <summary>Raised by <see cref="PatientSearch"/> when the harvest made no progress for its stall timeout.</summary>
internal sealed class HarvestGiveUpException(OffresEmploiException lastFailure, TimeSpan stalled)
    : Exception("The harvest made no progress for " + stalled, lastFailure)
{
    public OffresEmploiException LastFailure { get; } = lastFailure;

    public TimeSpan Stalled { get; } = stalled;
}
