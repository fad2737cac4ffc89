using System.Net.Http.Headers;
using System.Text.Json;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Mcp;

/// <summary>
/// OAuth 2 client credentials for the server's API calls: one token, refreshed a minute before it expires or after a 401.
/// The secret and the token never reach a log or a message.
/// </summary>
internal sealed class ClientCredentialsHandler(HttpMessageHandler inner, Uri tokenEndpoint, string clientId, string clientSecret, string scopes, TimeProvider timeProvider)
    : DelegatingHandler(inner)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(60);

    // Single flight: concurrent calls that find no valid token wait for one request instead of each sending their own.
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Value, DateTimeOffset ExpiresAt)? _token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(rejected: null, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // The API is GET-only, so the request can be sent again as is, once, with a new token.
        response.Dispose();
        token = await GetTokenAsync(rejected: token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lock.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<string> GetTokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } current && current.Value != rejected && current.ExpiresAt - Margin > timeProvider.GetUtcNow())
            {
                return current.Value;
            }

            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint)
            {
                Content = new FormUrlEncodedContent(
                [
                    new("grant_type", "client_credentials"),
                    new("client_id", clientId),
                    new("client_secret", clientSecret),
                    new("scope", scopes),
                ]),
            };
            using var response = await base.SendAsync(tokenRequest, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new OffresEmploiAuthenticationException($"The token endpoint refused the credentials ({(int)response.StatusCode}).") { Status = (int)response.StatusCode };
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var parsed = await JsonSerializer.DeserializeAsync(body, OffresEmploiJsonContext.Default.AccessTokenResponse, cancellationToken).ConfigureAwait(false);
            var value = parsed?.AccessToken ?? throw new OffresEmploiAuthenticationException("The token endpoint answered without a token.") { Status = (int)response.StatusCode };
            _token = (value, timeProvider.GetUtcNow().AddSeconds(parsed.ExpiresIn ?? 1499));
            return value;
        }
        finally
        {
            _lock.Release();
        }
    }
}
