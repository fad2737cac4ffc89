using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Sdk;

/// <summary>
/// Builds the SDK's exceptions from failed responses and transport failures, with Azure's message layout:
/// a summary line, then <c>Status: 400 (Bad Request)</c>, <c>ErrorCode: ...</c>, and the capped, redacted body.
/// </summary>
internal static class OffresEmploiErrorFactory
{
    /// <summary>The longest response body kept in an exception, in characters.</summary>
    public const int MaxContentLength = 2048;

    /// <summary>Reads (at most <see cref="MaxContentLength"/> characters of) the body and builds the matching exception.</summary>
    public static async Task<OffresEmploiException> FromResponseAsync(
        HttpResponseMessage response,
        string summary,
        KnownSecrets? secrets,
        DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var content = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return FromResponse((int)response.StatusCode, response.ReasonPhrase, content, response.Headers, summary, secrets, now);
    }

    /// <summary>Builds the matching exception for a response whose body was already read.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="reasonPhrase">The reason phrase, when the response had one.</param>
    /// <param name="content">The body, already capped by the caller.</param>
    /// <param name="headers">The response headers (for <c>Retry-After</c>).</param>
    /// <param name="summary">The first line of the message.</param>
    /// <param name="secrets">The values to mask.</param>
    /// <param name="now">The current time, for an HTTP-date <c>Retry-After</c>.</param>
    /// <param name="endpoint">The service that answered; a <c>401</c> becomes an authentication error only from the API (the token endpoint classifies its own refusals).</param>
    public static OffresEmploiException FromResponse(
        int status,
        string? reasonPhrase,
        string? content,
        HttpResponseHeaders? headers,
        string summary,
        KnownSecrets? secrets,
        DateTimeOffset now,
        OffresEmploiEndpoint endpoint = OffresEmploiEndpoint.Api)
    {
        var parsed = TryParseApiError(content);

        // Every field that reaches the exception is redacted, not only the message: callers log properties too.
        var body = parsed is null ? null : parsed with { Message = RedactOrNull(parsed.Message, secrets), CodeErreur = RedactOrNull(parsed.CodeErreur, secrets) };
        var redacted = Cap(content, secrets);
        var reason = reasonPhrase ?? DefaultReason(status);
        var message = BuildMessage(summary, status, reason, body?.CodeErreur, body?.Message, redacted, secrets);

        if (status == (int)HttpStatusCode.TooManyRequests)
        {
            return new OffresEmploiThrottledException(message)
            {
                Status = status,
                ReasonPhrase = reason,
                ErrorCode = body?.CodeErreur,
                ApiMessage = body?.Message,
                ResponseContent = redacted,
                RetryAfter = headers is null ? null : RetryAfterHeader.Read(headers, now),
                Endpoint = endpoint,
            };
        }

        if (status == (int)HttpStatusCode.Unauthorized && endpoint == OffresEmploiEndpoint.Api)
        {
            return new OffresEmploiAuthenticationException(message)
            {
                Status = status,
                ReasonPhrase = reason,
                ErrorCode = body?.CodeErreur,
                ApiMessage = body?.Message,
                ResponseContent = redacted,
            };
        }

        return new OffresEmploiException(message)
        {
            Status = status,
            ReasonPhrase = reason,
            ErrorCode = body?.CodeErreur,
            ApiMessage = body?.Message,
            ResponseContent = redacted,
            Endpoint = endpoint,
        };
    }

    /// <summary>
    /// Builds the exception for a request that got no response (Status 0): the host it tried to reach, the service, and
    /// the cause read from <paramref name="innerException"/>, which is kept as the inner exception.
    /// </summary>
    /// <param name="summary">What was attempted, e.g. "The search request got no response.".</param>
    /// <param name="innerException">The transport failure (<see cref="HttpRequestException"/>, a timeout...).</param>
    /// <param name="target">The address the request was sent to (only its host and port are reported, never its user info or query).</param>
    /// <param name="endpoint">The service the request was for.</param>
    /// <param name="secrets">The values to mask.</param>
    public static OffresEmploiConnectionException FromTransportFailure(
        string summary,
        Exception innerException,
        Uri target,
        OffresEmploiEndpoint endpoint,
        KnownSecrets? secrets)
    {
        ArgumentNullException.ThrowIfNull(innerException);
        ArgumentNullException.ThrowIfNull(target);
        var cause = ConnectionFailures.Classify(innerException);
        var host = SensitiveDataRedactor.Redact(target.IsAbsoluteUri ? target.Authority : target.OriginalString, secrets);
        var service = endpoint == OffresEmploiEndpoint.Token ? "the token endpoint" : "the API";
        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Cannot reach {host} ({service}): {ConnectionFailures.Describe(cause, innerException)}.\n")
            .Append(SensitiveDataRedactor.Redact(summary, secrets))
            .Append("\nStatus: 0 (no response)\nDetail: ")
            .Append(SensitiveDataRedactor.Redact(innerException.Message, secrets))
            .ToString();
        return new OffresEmploiConnectionException(message, innerException)
        {
            Status = 0,
            Host = host,
            Cause = cause,
            Endpoint = endpoint,
        };
    }

    /// <summary>Formats the exception message.</summary>
    public static string BuildMessage(
        string summary,
        int status,
        string? reason,
        string? errorCode,
        string? apiMessage,
        string? content,
        KnownSecrets? secrets)
    {
        var builder = new StringBuilder();
        _ = builder.Append(SensitiveDataRedactor.Redact(summary, secrets)).Append('\n');
        _ = builder.Append(CultureInfo.InvariantCulture, $"Status: {status} ({reason})");
        if (!string.IsNullOrEmpty(errorCode))
        {
            _ = builder.Append("\nErrorCode: ").Append(SensitiveDataRedactor.Redact(errorCode, secrets));
        }

        if (!string.IsNullOrEmpty(apiMessage))
        {
            _ = builder.Append("\nMessage: ").Append(SensitiveDataRedactor.Redact(apiMessage, secrets));
        }

        if (!string.IsNullOrEmpty(content))
        {
            _ = builder.Append("\n\nContent:\n").Append(content);
        }

        return builder.ToString();
    }

    /// <summary>Reads at most <see cref="MaxContentLength"/> + 1 characters, so a huge body is never buffered for an error.</summary>
    public static async Task<string?> ReadCappedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            var buffer = new char[MaxContentLength + 1];
            var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            return read == 0 ? null : new string(buffer, 0, read);
        }
    }

    /// <summary>Redacts then truncates a body to <see cref="MaxContentLength"/> characters.</summary>
    public static string? Cap(string? content, KnownSecrets? secrets)
    {
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }

        // Redact before truncating, so that a secret cut in half by the cap is still recognised.
        var redacted = SensitiveDataRedactor.Redact(content, secrets);
        return redacted.Length <= MaxContentLength ? redacted : string.Concat(redacted.AsSpan(0, MaxContentLength), "… (truncated)");
    }

    /// <summary>Redacts a value that may echo a credential; null stays null.</summary>
    public static string? RedactOrNull(string? value, KnownSecrets? secrets) =>
        value is null ? null : SensitiveDataRedactor.Redact(value, secrets);

    /// <summary>Reads <c>{message, codeHttp, codeErreur}</c>; returns null for any other body.</summary>
    public static ErreurApi? TryParseApiError(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            var body = JsonSerializer.Deserialize(content, OffresEmploiJsonContext.Default.ErreurApi);
            return body is { Message: null, CodeErreur: null } ? null : body;
        }
        catch (JsonException)
        {
            // A capped or non-JSON body is still reported through ResponseContent.
            return null;
        }
    }

    private static string DefaultReason(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    };
}
