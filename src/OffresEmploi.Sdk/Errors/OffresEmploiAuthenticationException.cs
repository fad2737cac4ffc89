namespace OffresEmploi.Sdk;

/// <summary>
/// The error raised when France Travail refused the credentials: the OAuth 2.0 token endpoint answered <c>401</c>,
/// <c>403</c> or <c>400</c> with an OAuth error code (<c>invalid_client</c>, <c>invalid_scope</c>...), or the API still
/// answered <c>401 Unauthorized</c> after a fresh token.
/// </summary>
/// <remarks>
/// <para>
/// The OAuth error fields come from the token endpoint's body <c>{"error": ..., "error_description": ...}</c>,
/// e.g. <c>invalid_client</c> / <c>Client authentication failed</c>. <see cref="OffresEmploiException.Endpoint"/> says
/// which service refused. A token endpoint that cannot be reached raises <see cref="OffresEmploiConnectionException"/>,
/// and one that fails (<c>5xx</c>) or throttles (<c>429</c>) a plain <see cref="OffresEmploiException"/> or
/// <see cref="OffresEmploiThrottledException"/>: neither says anything about the credentials.
/// </para>
/// <para>Neither the client secret nor the token request body is ever part of the message.</para>
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
