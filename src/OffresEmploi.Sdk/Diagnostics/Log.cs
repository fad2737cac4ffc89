using Microsoft.Extensions.Logging;

namespace OffresEmploi.Sdk.Diagnostics;

/// <summary>
/// The SDK's log events, source-generated with <see cref="LoggerMessageAttribute"/> (no boxing, no parsing
/// of templates at run time).
/// </summary>
/// <remarks>No event takes a header, a body, the client secret or a token: only methods, paths, statuses and durations.</remarks>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "HTTP {Method} {Uri} responded {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void RequestCompleted(ILogger logger, string method, string uri, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(2, LogLevel.Warning, "HTTP {Method} {Uri} responded {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void RequestCompletedWithError(ILogger logger, string method, string uri, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(3, LogLevel.Warning, "HTTP {Method} {Uri} failed without a response after {ElapsedMilliseconds} ms ({Reason})")]
    public static partial void RequestFailed(ILogger logger, string method, string uri, long elapsedMilliseconds, string reason);

    [LoggerMessage(4, LogLevel.Warning, "Retrying HTTP {Method} {Uri} in {DelayMilliseconds} ms (retry {Attempt}) after {Reason}")]
    public static partial void RetryScheduled(ILogger logger, string method, string uri, long delayMilliseconds, int attempt, string reason);

    [LoggerMessage(5, LogLevel.Debug, "Waited {DelayMilliseconds} ms for the client-side rate limiter")]
    public static partial void RateLimiterWaited(ILogger logger, long delayMilliseconds);

    [LoggerMessage(6, LogLevel.Warning, "The API answered 429 Too Many Requests; Retry-After {RetryAfterMilliseconds} ms")]
    public static partial void ServerThrottled(ILogger logger, long retryAfterMilliseconds);

    [LoggerMessage(7, LogLevel.Information, "Client-side pacing follows the server's headers: {RequestsPerSecond} requests/s, burst {Burst}")]
    public static partial void RateLimitAdapted(ILogger logger, double requestsPerSecond, int burst);

    [LoggerMessage(8, LogLevel.Warning, "The shared rate limiter's Redis store cannot be reached ({Reason}): pacing locally at {RequestsPerSecond} requests/s (the quota divided by {Replicas} expected replicas) until it answers again")]
    public static partial void SharedRateLimiterUnavailable(ILogger logger, string reason, double requestsPerSecond, int replicas);

    [LoggerMessage(9, LogLevel.Information, "The shared rate limiter's Redis store answers again: pacing is shared across replicas")]
    public static partial void SharedRateLimiterRecovered(ILogger logger);

    [LoggerMessage(15, LogLevel.Warning, "The shared store (Redis) cannot be reached ({Reason}): this process fetches its own access token and referentiels until it answers again")]
    public static partial void SharedStoreUnavailable(ILogger logger, string reason);

    [LoggerMessage(16, LogLevel.Information, "The shared store (Redis) answers again: the access token and referentiels are shared across replicas")]
    public static partial void SharedStoreRecovered(ILogger logger);

    [LoggerMessage(10, LogLevel.Debug, "Requesting an access token from {TokenEndpoint}")]
    public static partial void TokenRequesting(ILogger logger, string tokenEndpoint);

    [LoggerMessage(11, LogLevel.Debug, "Access token acquired; it expires at {ExpiresOn:O}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(12, LogLevel.Error, "The token request failed: status {StatusCode}, OAuth error {Error}")]
    public static partial void TokenRequestFailed(ILogger logger, int statusCode, string? error);

    [LoggerMessage(14, LogLevel.Error, "The token request got no response from {Host}: {Cause}")]
    public static partial void TokenEndpointUnreachable(ILogger logger, string host, string cause);

    [LoggerMessage(13, LogLevel.Information, "HTTP {Method} {Uri} answered 401; replaying it with a fresh token")]
    public static partial void UnauthorizedReplay(ILogger logger, string method, string uri);

    [LoggerMessage(20, LogLevel.Warning, "A harvest page failed with status {StatusCode} after the client's retries; requesting it again in {DelayMilliseconds} ms (no answer for {StalledSeconds} s of {StallTimeoutSeconds} s allowed)")]
    public static partial void HarvestPaused(ILogger logger, int statusCode, long delayMilliseconds, long stalledSeconds, long stallTimeoutSeconds);

    [LoggerMessage(21, LogLevel.Error, "The harvest gives up: no request answered for {StalledSeconds} s; last status {StatusCode}")]
    public static partial void HarvestGaveUp(ILogger logger, long stalledSeconds, int statusCode);
}
