using System.Globalization;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>
/// <see cref="OffresEmploiException.Diagnosis"/>: what went wrong, in one line, for every kind of SDK error. The one
/// wording the facades share; each adds only its own remedy (a command to run again, a tool call to retry, an exit code).
/// </summary>
/// <remarks>
/// Each kind names its true cause, because each calls for a different action: a network failure or an outage may pass,
/// refused credentials never do, a quota needs a pause and a refused request needs other criteria. Only the exception's
/// own properties are used (already redacted), never its message, response body or inner exception's text.
/// </remarks>
internal static class ErrorDiagnosis
{
    public static string Describe(OffresEmploiException exception)
    {
        var text = exception switch
        {
            OffresEmploiHarvestException harvest => Harvest(harvest),
            OffresEmploiConnectionException connection => Unreachable(connection),
            OffresEmploiAuthenticationException refused => Refused(refused),
            OffresEmploiThrottledException throttled => Throttled(throttled),
            { Status: >= 500, Endpoint: OffresEmploiEndpoint.Token } => Invariant($"France Travail's identity service is failing (HTTP {exception.Status} from the token endpoint)"),
            { Status: >= 500 } => Invariant($"France Travail's API is failing (HTTP {exception.Status}{Code(exception)})"),
            { Endpoint: OffresEmploiEndpoint.Token } => Invariant($"France Travail's token endpoint answered HTTP {exception.Status} instead of a token"),
            { Status: 0 } => "France Travail's API gave no response",
            { Status: >= 400 } => Invariant($"France Travail's API refused the request (HTTP {exception.Status}{Code(exception)}){Said(exception)}"),
            _ => Invariant($"France Travail's API answered HTTP {exception.Status}{Code(exception)}{Said(exception)}"),
        };

        // The properties are redacted where the SDK builds them; this catches credential-shaped text in hand-built ones.
        return SensitiveDataRedactor.Redact(text);
    }

    private static string Unreachable(OffresEmploiConnectionException exception)
    {
        var service = exception.Endpoint == OffresEmploiEndpoint.Token ? "token endpoint" : "API";
        var host = exception.Host is { Length: > 0 } h ? " at " + h : "";
        return $"France Travail's {service}{host} could not be reached ({exception.CauseDescription})";
    }

    private static string Refused(OffresEmploiAuthenticationException exception) => exception switch
    {
        { Endpoint: OffresEmploiEndpoint.Api } => Invariant($"France Travail's API refused the access token (HTTP {exception.Status}) even after a fresh one"),
        { Error: "invalid_scope" } => "France Travail refused the requested scopes (invalid_scope)",
        { Error: { Length: > 0 } error } => $"France Travail refused the credentials ({OneLine(error)})",
        _ => Invariant($"France Travail refused the credentials (HTTP {exception.Status})"),
    };

    private static string Throttled(OffresEmploiThrottledException exception)
    {
        var wait = exception.RetryAfter is { } retryAfter
            ? ", retry after " + ConnectionFailures.FormatDuration(TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds))))
            : "";
        return exception.Endpoint == OffresEmploiEndpoint.Token
            ? $"France Travail's identity service is throttling token requests (HTTP 429{wait})"
            : $"France Travail's rate limit was reached (HTTP 429{wait})";
    }

    private static string Harvest(OffresEmploiHarvestException exception)
    {
        var account = exception.Reconciliation;
        var done = account is null ? "" : Invariant($" after {account.Yielded:N0} of {account.ExpectedTotal:N0} offers");
        var cause = exception.InnerException switch
        {
            OffresEmploiException inner => inner.Diagnosis,
            null => null,
            var other => $"unexpected {other.GetType().Name}",
        };
        return exception.Reason switch
        {
            HarvestStopReason.Stalled => $"the harvest gave up{done}, nothing answered for its stall timeout{Then(cause)}",
            HarvestStopReason.Failed => $"the harvest stopped{done}{Then(cause)}",
            _ when account is { Unreachable: > 0 } =>
                Invariant($"the harvest could not reach {account.Unreachable:N0} of the {account.ExpectedTotal:N0} announced offers: no request reaches them (offers without a creation date past the range cap, or more offers created in one second than the cap)"),
            _ => $"the harvest could not reach every offer{done}{Then(cause)}",
        };
    }

    private static string Then(string? cause) => cause is null ? "" : ": " + cause;

    private static string Code(OffresEmploiException exception) =>
        string.IsNullOrWhiteSpace(exception.ErrorCode) ? "" : ", " + OneLine(exception.ErrorCode);

    private static string Said(OffresEmploiException exception) =>
        string.IsNullOrWhiteSpace(exception.ApiMessage) ? "" : ": " + OneLine(exception.ApiMessage).TrimEnd('.', ' ');

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
