using System.Text.Json.Serialization;

namespace OffresEmploi.Sdk.Authentication;

/// <summary>The token endpoint's success body, <c>{"access_token", "expires_in", "token_type", "scope"}</c>.</summary>
internal sealed class TokenResponse
{
    /// <summary>Gets or sets the opaque bearer token.</summary>
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    /// <summary>Gets or sets the lifetime in seconds (1499 in the publisher's example).</summary>
    [JsonPropertyName("expires_in")]
    public double? ExpiresIn { get; set; }

    /// <summary>Gets or sets the token type (<c>Bearer</c>).</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    /// <summary>Gets or sets the granted scopes, space-separated.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; set; }
}
