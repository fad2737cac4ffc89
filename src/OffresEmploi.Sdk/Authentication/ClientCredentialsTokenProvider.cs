using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OffresEmploi.Sdk.Diagnostics;
using OffresEmploi.Sdk.SharedState;

namespace OffresEmploi.Sdk.Authentication;

/// <summary>
/// Obtains and caches the OAuth 2.0 client-credentials token of one application, refreshing it shortly
/// before it expires; concurrent callers share a single refresh.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="HttpClient"/> it is given must not contain the authentication handler (it would recurse):
/// it is a dedicated client for the token endpoint.
/// </para>
/// <para>
/// With a shared store (<see cref="OffresEmploiOptions.RedisConfiguration"/>), every process of the client id uses one
/// token: the first to need it requests it, the others read it, encrypted (<see cref="SharedTokenCodec"/>), until it
/// is due for refresh. Each process still keeps it in memory, so the store is read once per token, not per call.
/// </para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The refresh lock is deliberately never disposed; see the comment on the field.")]
internal sealed class ClientCredentialsTokenProvider
{
    // Used when a success body has no expires_in; the publisher documents 1499 s, and a token that dies
    // earlier is replaced by the 401 replay anyway.
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(1499);

    private readonly Func<HttpClient> _httpClientFactory;
    private readonly OffresEmploiOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly KnownSecrets _secrets;
    private readonly ILogger _logger;
    private readonly Uri _requestUri;
    private readonly ISharedStore? _sharedStore;
    private readonly string _sharedKey = "";
    private readonly SharedTokenCodec? _codec;

    // Single-flight refresh: callers that find the token missing or expiring queue on this lock, and all but the
    // first find a fresh token when they get in. It is never disposed: SemaphoreSlim only needs disposing when
    // AvailableWaitHandle was used, and disposing it while a caller still waits would throw in that caller.
    private readonly SemaphoreSlim _refreshLock = new(1, 1);

    private volatile CachedToken? _current;

    // The request started by PrefetchAsync while it runs; see GetTokenAsync.
    private volatile Task<AccessToken>? _prefetch;
    private volatile Task? _refreshing;

    /// <summary>Initializes a new instance of the <see cref="ClientCredentialsTokenProvider"/> class with one long-lived client.</summary>
    public ClientCredentialsTokenProvider(
        HttpClient httpClient,
        OffresEmploiOptions options,
        TimeProvider timeProvider,
        KnownSecrets secrets,
        ILogger? logger = null,
        ISharedStore? sharedStore = null)
        : this(() => httpClient, options, timeProvider, secrets, logger, sharedStore)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="ClientCredentialsTokenProvider"/> class with a client
    /// factory (<c>IHttpClientFactory</c>), asked for a client on each token request so handler rotation works.
    /// </summary>
    public ClientCredentialsTokenProvider(
        Func<HttpClient> httpClientFactory,
        OffresEmploiOptions options,
        TimeProvider timeProvider,
        KnownSecrets secrets,
        ILogger? logger = null,
        ISharedStore? sharedStore = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(secrets);
        _httpClientFactory = httpClientFactory;
        _options = options;
        _timeProvider = timeProvider;
        _secrets = secrets;
        _logger = logger ?? NullLogger.Instance;
        _requestUri = BuildRequestUri(options.TokenEndpoint, options.Realm);
        if (sharedStore is not null && SharedTokenCodec.IsSupported)
        {
            // One token per client id, token endpoint (realm included) and scopes; none of them is a secret.
            _sharedStore = sharedStore;
            _sharedKey = $"offres-emploi:token:{options.ClientId}@{_requestUri.GetLeftPart(UriPartial.Query)}#{options.Scopes}";
            _codec = new SharedTokenCodec(_sharedKey, options.ClientSecret, timeProvider, secrets);
        }
    }

    /// <summary>Gets the token endpoint URI actually called, realm included.</summary>
    public Uri RequestUri => _requestUri;

    /// <summary>Returns a token valid for at least the configured margin, requesting one when needed.</summary>
    public async ValueTask<AccessToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } cached && cached.IsFreshAt(_timeProvider.GetUtcNow()))
        {
            return cached.Token;
        }

        if (_prefetch is { IsCompleted: false } prefetch)
        {
            // A call that starts while a prefetch requests the token shares its outcome, error included. Queuing behind
            // it and then starting over after a failure would double the wait when the token endpoint cannot be reached.
            try
            {
                return await prefetch.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The prefetch was cancelled, not this call: request a token as usual.
            }
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (_current is { } fresh && fresh.IsFreshAt(_timeProvider.GetUtcNow()))
            {
                return fresh.Token;
            }

            var refreshed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _refreshing = refreshed.Task;
            try
            {
                var requested = await ObtainTokenAsync(cancellationToken).ConfigureAwait(false);
                _current = requested;
                return requested.Token;
            }
            finally
            {
                refreshed.SetResult();
            }
        }
        finally
        {
            _ = _refreshLock.Release();
        }
    }

    /// <summary>
    /// Waits while this provider requests a token, without starting a request and without its outcome: pacing calls it
    /// before taking a permit.
    /// </summary>
    /// <remarks>Calls queued behind a token refresh would otherwise hold permits taken before it and reach the API
    /// together once it ends, above the quota the permits stand for (429s seen by three replicas replacing a short-lived
    /// token together). A failed refresh is reported by the call's own <see cref="GetTokenAsync"/>, not here.</remarks>
    /// <param name="cancellationToken">Ends the wait (the caller's permit request then reports the cancellation).</param>
    /// <returns>A task that completes when no token request is in flight.</returns>
    public async ValueTask WaitWhileRefreshingAsync(CancellationToken cancellationToken)
    {
        if (_refreshing is { IsCompleted: false } refreshing)
        {
            await refreshing.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// Requests a token ahead of the first call (<see cref="OffresEmploiClient.WarmUpAsync"/>). Calls that start while it
    /// runs share its outcome; once it has completed, it leaves a cached token or nothing, never an error.
    /// </summary>
    public Task PrefetchAsync(CancellationToken cancellationToken = default)
    {
        if (_prefetch is { IsCompleted: false } running)
        {
            return running;
        }

        var prefetch = GetTokenAsync(cancellationToken).AsTask();
        _prefetch = prefetch;
        return prefetch;
    }

    /// <summary>
    /// Forgets <paramref name="rejected"/> (the API answered 401 with it) so that the next call fetches a new
    /// token. Does nothing when another caller already replaced it, so a burst of 401s costs one refresh.
    /// </summary>
    public void Invalidate(AccessToken rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        if (_current is { } current && ReferenceEquals(current.Token, rejected)
            && ReferenceEquals(Interlocked.CompareExchange(ref _current, null, current), current))
        {
            // The other processes must not keep reading a token the API refused.
            _sharedStore?.RemoveIfUnchanged(_sharedKey, current.Stored);
        }
    }

    /// <summary>
    /// Builds the error for a token request (or the wait for another caller's) that the API call's timeout ended before
    /// the token endpoint answered: a timeout of the token endpoint, not of the API.
    /// </summary>
    public OffresEmploiConnectionException CreateUnansweredError(OperationCanceledException cancelled)
    {
        var failure = OffresEmploiErrorFactory.FromTransportFailure(
            "The call's timeout ran out while waiting for an access token.", cancelled, _requestUri, OffresEmploiEndpoint.Token, _secrets);
        Log.TokenEndpointUnreachable(_logger, failure.Host ?? "", failure.Cause.ToString());
        return failure;
    }

    /// <summary>
    /// How long before its expiry a token is replaced: the configured margin, but never more than half its lifetime,
    /// so a short-lived token (a lifetime at or under twice the margin) is still used for a while instead of being
    /// replaced before every call.
    /// </summary>
    private TimeSpan RefreshMarginFor(TimeSpan lifetime) =>
        _options.TokenRefreshMargin < lifetime / 2 ? _options.TokenRefreshMargin : lifetime / 2;

    private static Uri BuildRequestUri(Uri endpoint, string? realm)
    {
        if (string.IsNullOrEmpty(realm) || endpoint.Query.Contains("realm=", StringComparison.OrdinalIgnoreCase))
        {
            return endpoint;
        }

        // The realm goes in the query, never in the form body, and its slash must be encoded: ?realm=%2Fpartenaire.
        var builder = new UriBuilder(endpoint);
        var encoded = "realm=" + Uri.EscapeDataString(realm);
        builder.Query = builder.Query.Length > 1 ? builder.Query[1..] + "&" + encoded : encoded;
        return builder.Uri;
    }

    /// <summary>Requests a token, or reads the one another process of the client id shares.</summary>
    private async Task<CachedToken> ObtainTokenAsync(CancellationToken cancellationToken)
    {
        if (_sharedStore is null)
        {
            return await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
        }

        var shared = await _sharedStore.GetOrCreateAsync(_sharedKey, _codec!, RequestTokenAsync, cancellationToken).ConfigureAwait(false);
        return shared.Value with { Stored = shared.Stored };
    }

    /// <summary>Builds the token request as the provider sends it (the contract check sends one too, to read the answer).</summary>
    /// <returns>A new request the caller sends and disposes.</returns>
    internal HttpRequestMessage CreateRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _requestUri)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", _options.ClientId),
                new("client_secret", _options.ClientSecret),
                new("scope", _options.Scopes),
            ]),
        };
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        Log.TokenRequesting(_logger, SafeUri.Format(_requestUri));
        var requestedAt = _timeProvider.GetUtcNow();
        using var request = CreateRequest();

        HttpResponseMessage response;
        try
        {
            response = await _httpClientFactory().SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransportFailure(ex, cancellationToken))
        {
            // No answer at all: the credentials were never checked, so this is not an authentication error.
            var failure = OffresEmploiErrorFactory.FromTransportFailure("The access token request got no response.", ex, _requestUri, OffresEmploiEndpoint.Token, _secrets);
            Log.TokenEndpointUnreachable(_logger, failure.Host ?? "", failure.Cause.ToString());
            throw failure;
        }

        using (response)
        {
            // Decoded as UTF-8 whatever the declared charset: the body is JSON (RFC 8259), and an unknown charset would make
            // ReadAsStringAsync throw InvalidOperationException instead of reporting the answer.
            var content = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            if (response.IsSuccessStatusCode)
            {
                return ReadToken(response.StatusCode, content, requestedAt);
            }

            throw CreateError(response, content);
        }
    }

    private static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken) =>
        ConnectionFailures.IsTransportFailure(exception) || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private CachedToken ReadToken(HttpStatusCode status, string content, DateTimeOffset requestedAt)
    {
        TokenResponse? body = null;
        try
        {
            body = JsonSerializer.Deserialize(content, AuthenticationJsonContext.Default.TokenResponse);
        }
        catch (JsonException)
        {
            // Reported below as a malformed answer; the JsonException text could quote the token.
        }

        if (body?.AccessToken is not { Length: > 0 } value)
        {
            Log.TokenRequestFailed(_logger, (int)status, "missing access_token");
            throw new OffresEmploiException(OffresEmploiErrorFactory.BuildMessage(
                "The token endpoint answered without an access_token.", (int)status, status.ToString(), null, null, null, _secrets))
            {
                Status = (int)status,
                Endpoint = OffresEmploiEndpoint.Token,
            };
        }

        _secrets.AddToken(value);

        // The value goes into an Authorization header: control characters or spaces would make HttpClient throw
        // FormatException on every call. RFC 6750's b64token is printable ASCII; anything else is a broken answer.
        if (!value.All(c => c is > ' ' and <= '~'))
        {
            Log.TokenRequestFailed(_logger, (int)status, "unusable access_token");
            throw new OffresEmploiException(OffresEmploiErrorFactory.BuildMessage(
                "The token endpoint answered with an access_token that cannot be sent as a bearer token (it holds spaces, control or non-ASCII characters).", (int)status, status.ToString(), null, null, null, _secrets))
            {
                Status = (int)status,
                Endpoint = OffresEmploiEndpoint.Token,
            };
        }

        var lifetime = body.ExpiresIn is > 0 and < int.MaxValue ? TimeSpan.FromSeconds(body.ExpiresIn.Value) : DefaultLifetime;

        // Expiry is counted from when the request was sent, not received: the server's clock started earlier.
        var token = new AccessToken(value, requestedAt + lifetime, body.Scope);
        Log.TokenAcquired(_logger, token.ExpiresOn);
        return new CachedToken(token, RefreshMarginFor(lifetime));
    }

    /// <summary>
    /// Builds the error for a token endpoint that answered with an error status. Only a refusal of the credentials
    /// (<c>401</c>, <c>403</c>, or <c>400</c> with an OAuth error code such as <c>invalid_client</c>) is an
    /// <see cref="OffresEmploiAuthenticationException"/>; a <c>5xx</c> is the identity service's outage, a <c>429</c>
    /// its throttling, and any other status (a <c>404</c> from a wrong URL) a misdirected request.
    /// </summary>
    private OffresEmploiException CreateError(HttpResponseMessage response, string? content)
    {
        var status = (int)response.StatusCode;
        var reason = response.ReasonPhrase;
        OAuthErrorResponse? error = null;
        if (!string.IsNullOrWhiteSpace(content) && content.TrimStart().StartsWith('{'))
        {
            try
            {
                error = JsonSerializer.Deserialize(content, AuthenticationJsonContext.Default.OAuthErrorResponse);
            }
            catch (JsonException)
            {
                // Not an OAuth error body; the capped content still goes into the exception.
            }
        }

        var code = OffresEmploiErrorFactory.RedactOrNull(error?.Error, _secrets);
        var description = OffresEmploiErrorFactory.RedactOrNull(error?.ErrorDescription, _secrets);
        Log.TokenRequestFailed(_logger, status, code);
        if (!IsCredentialRefusal(status, code))
        {
            var summary = status >= 500
                ? "The identity service failed to issue an access token (token endpoint outage; the credentials were not judged)."
                : status == (int)HttpStatusCode.TooManyRequests
                    ? "The token endpoint is throttling access token requests."
                    : "The token endpoint answered with an unexpected status (is the token URL right?).";
            return OffresEmploiErrorFactory.FromResponse(status, reason, content, response.Headers, summary, _secrets, _timeProvider.GetUtcNow(), OffresEmploiEndpoint.Token);
        }

        var redacted = OffresEmploiErrorFactory.Cap(content, _secrets);
        var message = OffresEmploiErrorFactory.BuildMessage(
            "The OAuth 2.0 token request was refused.", status, reason ?? ((HttpStatusCode)status).ToString(), code, description, redacted, _secrets);
        return new OffresEmploiAuthenticationException(message)
        {
            Status = status,
            ReasonPhrase = reason,
            Error = code,
            ErrorDescription = description,
            ErrorCode = code,
            ApiMessage = description,
            ResponseContent = redacted,
            Endpoint = OffresEmploiEndpoint.Token,
        };
    }

    /// <summary>Whether the token endpoint refused the request itself (RFC 6749 §5.2 errors are <c>400</c>, or <c>401</c> for client authentication).</summary>
    private static bool IsCredentialRefusal(int status, string? oauthError) => status switch
    {
        401 or 403 => true,
        400 => !string.IsNullOrEmpty(oauthError),
        _ => false,
    };
}
