namespace OffresEmploi.Sdk;

/// <summary>
/// The error raised when the API (or the token endpoint: see <see cref="OffresEmploiException.Endpoint"/>) still
/// answered <c>429 Too Many Requests</c> after every retry allowed by <see cref="OffresEmploiOptions.MaxRetryAttempts"/>.
/// </summary>
/// <remarks>
/// The client already paces its requests and honours <c>Retry-After</c> between attempts, so reaching this
/// exception usually means another process shares the same client id, or the quota is lower than
/// <see cref="OffresEmploiOptions.RequestsPerSecond"/>.
/// </remarks>
public sealed class OffresEmploiThrottledException : OffresEmploiException
{
    /// <summary>Initializes a new instance of the <see cref="OffresEmploiThrottledException"/> class.</summary>
    public OffresEmploiThrottledException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiThrottledException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    public OffresEmploiThrottledException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiThrottledException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The failure that caused this one, if any.</param>
    public OffresEmploiThrottledException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the delay the service asked for in its last <c>Retry-After</c> header, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
