using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OffresEmploi.Sdk.Diagnostics;

namespace OffresEmploi.Sdk.Authentication;

/// <summary>
/// Adds <c>Authorization: Bearer …</c> to every API request and, when the API answers 401, replaces that
/// token and replays the request, at most <see cref="MaxReplays"/> times.
/// </summary>
/// <remarks>
/// It sits inside the resilience handler, so each retry attempt passes through it again and picks up the
/// current token. The API revokes tokens before their expiry at times, and a fresh token can be revoked in turn
/// while a request is in flight: each 401 on a token is cured by the next token, up to the bound, after which the
/// 401 goes back to the caller (a refusal, not bad luck). Requests with a body are not replayed (a consumed body
/// cannot be sent again); the API is GET-only.
/// </remarks>
internal sealed class OffresEmploiAuthenticationHandler : DelegatingHandler
{
    /// <summary>How many times one attempt is replayed with a fresh token after a 401.</summary>
    public const int MaxReplays = 3;

    private readonly ClientCredentialsTokenProvider _tokenProvider;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiAuthenticationHandler"/> class.</summary>
    public OffresEmploiAuthenticationHandler(ClientCredentialsTokenProvider tokenProvider, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(tokenProvider);
        _tokenProvider = tokenProvider;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        for (var replays = 0; ; replays++)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized || request.Content is not null || replays == MaxReplays)
            {
                return response;
            }

            Log.UnauthorizedReplay(_logger, request.Method.Method, SafeUri.Format(request.RequestUri));
            response.Dispose();
            _tokenProvider.Invalidate(token);
            token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // The attempt's token ends when the API call's attempt or total timeout runs out (or the caller cancels, which
            // the client reports as a cancellation). Left as a cancellation, the timeout would be blamed on the API's host
            // although it was the token endpoint that stayed silent.
            throw _tokenProvider.CreateUnansweredError(ex);
        }
    }
}
