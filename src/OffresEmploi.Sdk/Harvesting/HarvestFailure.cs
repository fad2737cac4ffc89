namespace OffresEmploi.Sdk.Harvesting;

/// <summary>Sorts the failures of a page, after the client's own retries, into those a later attempt may fix and the others.</summary>
/// <remarks>
/// Kept apart from the per-call retry policy on purpose: a single call (<c>SearchAsync</c>) fails fast after its
/// pipeline's few attempts, while a harvest that has made hours of progress is worth minutes of patience.
/// </remarks>
internal static class HarvestFailure
{
    /// <summary>How often one page may meet a 401 that a fresh token did not cure before the harvest gives up.</summary>
    /// <remarks>The API revokes tokens before their expiry at times; three in a row on one page is a refusal, not bad luck.</remarks>
    public const int MaxUnauthorizedPerPage = 3;

    /// <summary>Returns whether a later attempt of the same request may succeed.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="serverDelay">The least wait the server asked for (<c>Retry-After</c>), when it did.</param>
    public static bool IsTransient(Exception exception, out TimeSpan? serverDelay)
    {
        serverDelay = null;
        if (exception is not OffresEmploiException failure || exception is OffresEmploiHarvestException)
        {
            // Anything else is a bug or a cancellation: it must surface, not be retried.
            return false;
        }

        if (failure is OffresEmploiThrottledException throttled)
        {
            serverDelay = throttled.RetryAfter;
            return true;
        }

        // 0: nothing answered (network, DNS, timeout), whichever endpoint. 2xx: a success whose body was damaged in
        // transit. Otherwise the statuses the client's pipeline retries (500, 502, 503, 504), from either endpoint.
        return failure.Status is 0 or (>= 200 and < 300)
            || Resilience.OffresEmploiResiliencePipeline.IsTransient((System.Net.HttpStatusCode)failure.Status)
            || IsUnauthorized(failure);
    }

    /// <summary>Returns whether the API (not the token endpoint) answered 401 although the client had just fetched fresh tokens.</summary>
    /// <remarks>A refusal by the token endpoint (<c>invalid_client</c>…) is about the credentials and never retried.</remarks>
    public static bool IsUnauthorized(Exception exception) =>
        exception is OffresEmploiAuthenticationException { Status: 401, Endpoint: OffresEmploiEndpoint.Api };
}
