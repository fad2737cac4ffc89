using System.ComponentModel;

namespace OffresEmploi.Sdk;

/// <summary>
/// The error raised when a call to the API Offres d'emploi fails: the service answered with an error
/// status, or no answer arrived at all.
/// </summary>
/// <remarks>
/// <para>
/// Callers switch on <see cref="Status"/> rather than on a subtype per status code. <see cref="Status"/> is
/// <c>0</c> when no response was received (DNS, TLS, connection refused or reset, timeout): the error is then an
/// <see cref="OffresEmploiConnectionException"/> naming the host and the cause, with the original failure as
/// <see cref="Exception.InnerException"/>. <see cref="Endpoint"/> tells whether the API or the token endpoint failed:
/// a <c>5xx</c> from either is that service's outage, not a problem with the caller's settings.
/// </para>
/// <para>
/// Security: the message, <see cref="ResponseContent"/> and <see cref="Exception.ToString"/> never contain the client
/// secret, an access token or request headers. Response bodies are capped and passed through a redactor
/// before they are stored.
/// </para>
/// </remarks>
public class OffresEmploiException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="OffresEmploiException"/> class.</summary>
    public OffresEmploiException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    public OffresEmploiException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The failure that caused this one, if any.</param>
    public OffresEmploiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the HTTP status code of the response, or <c>0</c> when no response was received.</summary>
    public int Status { get; init; }

    /// <summary>Gets the API's own error code (<c>codeErreur</c> of the error body), when present.</summary>
    /// <example><c>1722445850117</c>, <c>JCS0011G</c>.</example>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the API's own error message (<c>message</c> of the error body), when present.</summary>
    /// <example><c>La plage de résultats demandée est trop importante.</c></example>
    public string? ApiMessage { get; init; }

    /// <summary>Gets the response body, capped in length and redacted, when there was one.</summary>
    public string? ResponseContent { get; init; }

    /// <summary>Gets the service that failed: the API (the default) or the OAuth 2.0 token endpoint.</summary>
    public OffresEmploiEndpoint Endpoint { get; init; }

    /// <summary>
    /// Gets what went wrong in one line, for a person or a model: the service, the true cause and the facts that matter
    /// (host, HTTP status, API error code and message, <c>Retry-After</c>), without a remedy.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each kind has its own words: a host that could not be reached (<see cref="OffresEmploiConnectionException"/>),
    /// refused credentials (<see cref="OffresEmploiAuthenticationException"/>), the rate limit
    /// (<see cref="OffresEmploiThrottledException"/>), an outage (<c>5xx</c>), a refused request (<c>4xx</c>), a harvest
    /// that stopped (<see cref="OffresEmploiHarvestException"/>, followed by its cause's diagnosis). It starts lowercase
    /// unless it starts with a name, and has no final period, so a caller appends its own remedy
    /// (<c>": check the network"</c>, <c>". Retry later."</c>).
    /// </para>
    /// <para>Security: built only from this exception's redacted properties, never from the message, the response body or
    /// the inner exception's text, and redacted once more: it never contains the client secret or an access token.</para>
    /// </remarks>
    /// <example>
    /// <c>France Travail's API at api.francetravail.io could not be reached (host name not found (DNS))</c>,
    /// <c>France Travail refused the credentials (invalid_client)</c>,
    /// <c>France Travail's rate limit was reached (HTTP 429, retry after 2 s)</c>,
    /// <c>France Travail's API is failing (HTTP 503)</c>.
    /// </example>
    public string Diagnosis => ErrorDiagnosis.Describe(this);

    /// <summary>Gets the reason phrase of the response (e.g. <c>Bad Request</c>), when there was one.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public string? ReasonPhrase { get; init; }
}
