using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.Diagnostics;

namespace OffresEmploi.Sdk.Resilience;

/// <summary>
/// Assembles the handler chains used without dependency injection; the DI registration builds the same order
/// with <c>IHttpClientFactory</c>.
/// </summary>
/// <remarks>
/// API chain, outermost first: resilience (total timeout → retry → pacing, once no token refresh is in flight →
/// attempt timeout) → authentication
/// (bearer, one 401 replay) → diagnostics (one log line per attempt) → transport.
/// Token chain: resilience without pacing → diagnostics → transport; it has no authentication handler, so a
/// token request can never recurse.
/// </remarks>
internal static class OffresEmploiHandlerChain
{
    /// <summary>Creates the HTTP client for the token endpoint.</summary>
    public static HttpClient CreateTokenClient(HttpMessageHandler transport, OffresEmploiOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var pipeline = OffresEmploiResiliencePipeline.Create(options, timeProvider, limiter: null, logger);
        var handler = new OffresEmploiResilienceHandler(pipeline)
        {
            InnerHandler = new OffresEmploiDiagnosticsHandler(timeProvider, logger) { InnerHandler = transport },
        };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Creates the handler chain for API calls.</summary>
    public static HttpMessageHandler CreateApiHandler(
        HttpMessageHandler transport,
        ClientCredentialsTokenProvider tokenProvider,
        IClientRateLimiter? limiter,
        OffresEmploiOptions options,
        TimeProvider timeProvider,
        ILogger logger)
    {
        var pipeline = OffresEmploiResiliencePipeline.Create(options, timeProvider, limiter, logger, tokenProvider.WaitWhileRefreshingAsync);
        return new OffresEmploiResilienceHandler(pipeline)
        {
            InnerHandler = new OffresEmploiAuthenticationHandler(tokenProvider, logger)
            {
                InnerHandler = new OffresEmploiDiagnosticsHandler(timeProvider, logger) { InnerHandler = transport },
            },
        };
    }
}
