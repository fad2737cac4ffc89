namespace OffresEmploi.Sdk;

/// <summary>
/// The error raised when a request got no response at all: the host name did not resolve, the connection was refused,
/// reset or timed out, or the secure connection failed. <see cref="OffresEmploiException.Status"/> is <c>0</c>.
/// </summary>
/// <remarks>
/// <para>
/// It names the host it tried to reach (<see cref="Host"/>), which service that was
/// (<see cref="OffresEmploiException.Endpoint"/>: the API or the token endpoint) and why (<see cref="Cause"/>); the
/// original failure is the <see cref="Exception.InnerException"/>. Nothing here says the credentials are wrong: they
/// were never checked. The client already retried (<see cref="OffresEmploiOptions.MaxRetryAttempts"/>) before raising it.
/// </para>
/// <para>Security: the message and <see cref="Host"/> go through the same redaction as every other SDK error.</para>
/// </remarks>
public sealed class OffresEmploiConnectionException : OffresEmploiException
{
    /// <summary>Initializes a new instance of the <see cref="OffresEmploiConnectionException"/> class.</summary>
    public OffresEmploiConnectionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiConnectionException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    public OffresEmploiConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiConnectionException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The network failure that caused this one.</param>
    public OffresEmploiConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the host the request tried to reach, with its port when it is not the scheme's default.</summary>
    /// <example><c>entreprise.francetravail.fr</c>, <c>api.francetravail.io</c>, <c>127.0.0.1:5080</c>.</example>
    public string? Host { get; init; }

    /// <summary>Gets why no response arrived, as far as the network stack tells.</summary>
    public ConnectionFailureCause Cause { get; init; }

    /// <summary>Gets <see cref="Cause"/> in plain words, for a message to a person.</summary>
    /// <example><c>connection refused</c>, <c>host name not found (DNS)</c>, <c>no answer within 30 s</c>.</example>
    public string CauseDescription => ConnectionFailures.Describe(Cause, InnerException);
}
