using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Diagnostics;
using Polly;

namespace OffresEmploi.Sdk.Resilience;

/// <summary>
/// The pipeline step that takes a permit from the shared <see cref="ClientRateLimiter"/> before each attempt and
/// feeds the response's rate-limit headers back to it.
/// </summary>
/// <remarks>
/// It sits between the retry and the per-attempt timeout: every retry is paced, and time spent waiting for a
/// permit does not count against the attempt's timeout (it does count against the total timeout). A permit is taken
/// only once no token refresh is in flight, so that it is spent on the wire, not in the queue behind the refresh.
/// </remarks>
internal sealed class ClientRateLimiterStrategy : ResilienceStrategy<HttpResponseMessage>
{
    private readonly IClientRateLimiter _limiter;
    private readonly ILogger _logger;
    private readonly Func<CancellationToken, ValueTask>? _beforePermit;

    /// <summary>Initializes a new instance of the <see cref="ClientRateLimiterStrategy"/> class.</summary>
    /// <param name="limiter">The shared pacing.</param>
    /// <param name="logger">Where waits are logged.</param>
    /// <param name="beforePermit">Awaited before each permit (the token provider's wait for a refresh in flight), or null.</param>
    public ClientRateLimiterStrategy(IClientRateLimiter limiter, ILogger logger, Func<CancellationToken, ValueTask>? beforePermit = null)
    {
        _limiter = limiter;
        _logger = logger;
        _beforePermit = beforePermit;
    }

    /// <inheritdoc />
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state)
    {
        TimeSpan waited;
        try
        {
            if (_beforePermit is not null)
            {
                await _beforePermit(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
            }

            waited = await _limiter.AcquireAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException ex)
        {
            return Outcome.FromException<HttpResponseMessage>(ex);
        }

        if (waited > TimeSpan.Zero)
        {
            Log.RateLimiterWaited(_logger, (long)waited.TotalMilliseconds);
            OffresEmploiInstrumentation.RecordThrottledTime(waited, "client");
        }

        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        if (outcome.Result is { } response && _limiter.Observe(response))
        {
            Log.RateLimitAdapted(_logger, _limiter.PermitsPerSecond, _limiter.Capacity);
        }

        return outcome;
    }
}
