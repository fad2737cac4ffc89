using System.Security.Cryptography;
using System.Text;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.Auth;

/// <summary>
/// <c>POST /connexion/oauth2/access_token?realm=/partenaire</c>: the client-credentials grant of
/// France Travail's authorization server, with its documented error bodies.
/// </summary>
internal sealed class TokenEndpoint(IReadOnlyDictionary<string, string> clients, TokenStore tokens, TimeSpan lifetime)
{
    public const string Path = "/connexion/oauth2/access_token";

    public const string JsonMediaType = "application/json;charset=UTF-8";

    public const string ApiScope = "api_offresdemploiv2";

    public const string OfferScope = "o2dsoffre";

    private const string ApplicationScopePrefix = "application_";

    public SandboxResponse Handle(SandboxRequest request)
    {
        if (request.Method != "POST")
        {
            return GatewayResponses.MethodNotAllowed("POST");
        }

        var form = IsForm(request.ContentType) ? QueryParameters.Parse(request.Body.Span) : QueryParameters.Parse(string.Empty);

        // The realm selects where the client is registered: sandbox clients exist in /partenaire
        // only (also spelt "partenaire", which real clients send and the server tolerates), so any
        // other realm, or none, fails client authentication.
        var realm = QueryParameters.Parse(request.Query)["realm"];
        var realmOk = realm is "/partenaire" or "partenaire";

        var grantType = form["grant_type"];
        if (grantType is null)
        {
            return OAuthError.InvalidRequest("Missing parameter: grant_type");
        }

        if (grantType != "client_credentials")
        {
            return OAuthError.UnsupportedGrantType(grantType);
        }

        if (!realmOk || !TryAuthenticate(request.Authorization, form, out var clientId))
        {
            return OAuthError.InvalidClient();
        }

        var scope = form["scope"];
        if (scope is null)
        {
            return OAuthError.InvalidRequest("Missing parameter: scope");
        }

        var requested = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        var unknown = requested.Where(s => !IsKnownScope(s, clientId)).ToArray();
        if (unknown.Length > 0 || requested.Length == 0)
        {
            return OAuthError.InvalidScope(unknown);
        }

        var token = tokens.Issue(clientId, requested, lifetime);
        var body = JsonBody.Write((Scope: string.Join(' ', requested), Lifetime: (long)lifetime.TotalSeconds, Token: token), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("scope", state.Scope);
            writer.WriteNumber("expires_in", state.Lifetime);
            writer.WriteString("token_type", "Bearer");
            writer.WriteString("access_token", state.Token);
            writer.WriteEndObject();
        });
        return new SandboxResponse(200, JsonMediaType, body)
            .WithHeader("Cache-Control", "no-store")
            .WithHeader("Pragma", "no-cache");
    }

    /// <summary>The legacy portal also granted <c>application_&lt;client id&gt;</c>; clients still send it.</summary>
    private static bool IsKnownScope(string scope, string clientId) =>
        scope is ApiScope or OfferScope
        || (scope.StartsWith(ApplicationScopePrefix, StringComparison.Ordinal)
            && string.Equals(scope[ApplicationScopePrefix.Length..], clientId, StringComparison.Ordinal));

    private static bool IsForm(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>Client credentials come in the form (client_secret_post, what the docs show) or in a Basic header.</summary>
    private bool TryAuthenticate(string? authorization, QueryParameters form, out string clientId)
    {
        clientId = form["client_id"] ?? string.Empty;
        var secret = form["client_secret"];
        if (secret is null && TryReadBasic(authorization, out var basicId, out var basicSecret))
        {
            clientId = basicId;
            secret = basicSecret;
        }

        return secret is not null && clients.TryGetValue(clientId, out var expected) && SecretsEqual(secret, expected);
    }

    private static bool TryReadBasic(string? authorization, out string clientId, out string secret)
    {
        clientId = secret = string.Empty;
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[256];
        if (!Convert.TryFromBase64String(authorization[6..].Trim(), decoded, out var length))
        {
            return false;
        }

        var pair = Encoding.UTF8.GetString(decoded[..length]);
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        clientId = Uri.UnescapeDataString(pair[..colon]);
        secret = Uri.UnescapeDataString(pair[(colon + 1)..]);
        return true;
    }

    private static bool SecretsEqual(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
