using System.Text.Json.Serialization;

namespace OffresEmploi.Sdk.Authentication;

/// <summary>The token endpoint's error body (RFC 6749 §5.2), <c>{"error", "error_description"}</c>.</summary>
internal sealed class OAuthErrorResponse
{
    /// <summary>Gets or sets the error code, e.g. <c>invalid_client</c>.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>Gets or sets the human-readable description.</summary>
    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }
}
