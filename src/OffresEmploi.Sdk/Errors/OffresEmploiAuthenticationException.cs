namespace OffresEmploi.Sdk;

/// <summary>
/// The error raised when no access token could be obtained (the OAuth 2.0 token endpoint refused the client
/// credentials or failed), or when the API still answered <c>401 Unauthorized</c> after a fresh token.
/// </summary>
/// <remarks>
/// The OAuth error fields come from the token endpoint's body <c>{"error": ..., "error_description": ...}</c>,
/// e.g. <c>invalid_client</c> / <c>Client authentication failed</c>. Neither the client secret nor the token
/// request body is ever part of the message.
/// </remarks>
public sealed class OffresEmploiAuthenticationException : OffresEmploiException
{
    /// <summary>Initializes a new instance of the <see cref="OffresEmploiAuthenticationException"/> class.</summary>
    public OffresEmploiAuthenticationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiAuthenticationException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    public OffresEmploiAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiAuthenticationException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The failure that caused this one, if any.</param>
    public OffresEmploiAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the OAuth 2.0 <c>error</c> code (e.g. <c>invalid_client</c>, <c>invalid_scope</c>), when present.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the OAuth 2.0 <c>error_description</c>, when present.</summary>
    public string? ErrorDescription { get; init; }
}
