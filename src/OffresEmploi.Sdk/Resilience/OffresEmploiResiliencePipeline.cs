using System.Net;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Diagnostics;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OffresEmploi.Sdk.Resilience;

/// <summary>
/// Builds the Polly v8 pipeline every SDK request runs through, from the outermost step inwards:
/// total timeout → retry → client-side rate limiter → per-attempt timeout.
/// </summary>
/// <remarks>
/// <para>Retried: 429 (after its <c>Retry-After</c>), 500, 502, 503, 504, <see cref="HttpRequestException"/>, socket and I/O errors,
/// attempt timeouts, and a success whose body is truncated or not JSON (damaged in transit; when retries run out,
/// that last answer goes back to the caller, who reports it as unreadable). Backoff is exponential with jitter from <see cref="OffresEmploiOptions.RetryBaseDelay"/>,
/// capped at <see cref="OffresEmploiOptions.MaxRetryDelay"/>. A 429 asking for longer than that cap is returned
/// to the caller instead of waited on.</para>
/// <para>All waits use the injected <see cref="TimeProvider"/>, including the HTTP-date form of <c>Retry-After</c>.</para>
/// </remarks>
internal static class OffresEmploiResiliencePipeline
{
    /// <summary>The context property carrying the request, for log lines written by pipeline callbacks.</summary>
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("OffresEmploi.Request");

    /// <summary>The context property set by each attempt: its answer is a success whose body is not complete JSON.</summary>
    public static readonly ResiliencePropertyKey<bool> UnreadableBodyKey = new("OffresEmploi.UnreadableBody");

    /// <summary>The retry reason logged and counted for a success whose body is not complete JSON.</summary>
    public const string UnreadableBodyReason = "unreadable body";

    /// <summary>Creates the pipeline.</summary>
    /// <param name="options">Retry and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays and timeouts.</param>
    /// <param name="limiter">The shared pacing, or null (token endpoint, or pacing off).</param>
    /// <param name="logger">Where retries and waits are logged.</param>
    /// <param name="beforePermit">Awaited before each permit of <paramref name="limiter"/>: the token provider's
    /// <see cref="Authentication.ClientCredentialsTokenProvider.WaitWhileRefreshingAsync"/> for API calls.</param>
    public static ResiliencePipeline<HttpResponseMessage> Create(
        OffresEmploiOptions options,
        TimeProvider timeProvider,
        IClientRateLimiter? limiter,
        ILogger logger,
        Func<CancellationToken, ValueTask>? beforePermit = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = "OffresEmploi",
            TimeProvider = timeProvider,
        };

        _ = builder.AddTimeout(new TimeoutStrategyOptions { Name = "TotalTimeout", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            _ = builder.AddRetry(CreateRetryOptions(options, timeProvider, limiter, logger));
        }

        if (limiter is not null)
        {
            _ = builder.AddStrategy(_ => new ClientRateLimiterStrategy(limiter, logger, beforePermit));
        }

        _ = builder.AddTimeout(new TimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
        return builder.Build();
    }

    /// <summary>Returns whether a status code is transient for this API.</summary>
    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetryOptions(
        OffresEmploiOptions options,
        TimeProvider timeProvider,
        IClientRateLimiter? limiter,
        ILogger logger)
    {
        var maxDelay = options.MaxRetryDelay;
        return new RetryStrategyOptions<HttpResponseMessage>
        {
            Name = "Retry",
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = maxDelay,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, maxDelay, timeProvider)),
            DelayGenerator = args => ValueTask.FromResult(ServerDelay(args.Outcome, maxDelay, timeProvider)),
            OnRetry = args =>
            {
                OnRetry(args, limiter, logger);
                return ValueTask.CompletedTask;
            },
        };
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxDelay, TimeProvider timeProvider)
    {
        if (outcome.Exception is { } exception)
        {
            return ConnectionFailures.IsTransportFailure(exception);
        }

        var response = outcome.Result;
        if (response is not null && HasUnreadableBody(response, context))
        {
            return true;
        }

        if (response is null || !IsTransient(response.StatusCode))
        {
            return false;
        }

        // A 429 that asks for a longer wait than the caller accepts goes back to the caller with its Retry-After.
        return response.StatusCode != HttpStatusCode.TooManyRequests
            || RetryAfterHeader.Read(response.Headers, timeProvider.GetUtcNow()) is not { } wait
            || wait <= maxDelay;
    }

    private static bool HasUnreadableBody(HttpResponseMessage response, ResilienceContext context) =>
        response.IsSuccessStatusCode && context.Properties.GetValue(UnreadableBodyKey, false);

    private static TimeSpan? ServerDelay(Outcome<HttpResponseMessage> outcome, TimeSpan maxDelay, TimeProvider timeProvider)
    {
        if (outcome.Result is not { } response || RetryAfterHeader.Read(response.Headers, timeProvider.GetUtcNow()) is not { } wait)
        {
            return null;
        }

        return wait <= maxDelay ? wait : maxDelay;
    }

    private static void OnRetry(OnRetryArguments<HttpResponseMessage> args, IClientRateLimiter? limiter, ILogger logger)
    {
        var reason = args.Outcome.Exception is { } ex
            ? ex.GetType().Name
            : HasUnreadableBody(args.Outcome.Result!, args.Context)
                ? UnreadableBodyReason
                : ((int)args.Outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        OffresEmploiInstrumentation.Retries.Add(1, new KeyValuePair<string, object?>("reason", reason));

        if (args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Log.ServerThrottled(logger, (long)args.RetryDelay.TotalMilliseconds);
            OffresEmploiInstrumentation.RecordThrottledTime(args.RetryDelay, "server");
            limiter?.Penalize(args.RetryDelay);
        }

        var request = args.Context.Properties.GetValue(RequestKey, null!);
        Log.RetryScheduled(
            logger,
            request?.Method.Method ?? "?",
            SafeUri.Format(request?.RequestUri),
            (long)args.RetryDelay.TotalMilliseconds,
            args.AttemptNumber + 1,
            reason);
    }
}
