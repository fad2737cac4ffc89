using OffresEmploi.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>Turns any exception into one line on standard error and an exit code; never a stack trace.</summary>
internal static class ErrorReporter
{
    /// <summary>Reports an exception.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="exception">What went wrong.</param>
    /// <param name="cancellationToken">The Ctrl+C token: once it is cancelled, whatever broke is reported as the cancellation
    /// (an interrupted read can surface as an I/O or API error rather than <see cref="OperationCanceledException"/>).</param>
    /// <returns>The exit code: 2 for usage errors, 130 for Ctrl+C, 1 otherwise.</returns>
    public static int Report(IAnsiConsole error, Exception exception, CancellationToken cancellationToken = default)
    {
        var (code, message) = cancellationToken.IsCancellationRequested ? (ExitCodes.Cancelled, "Cancelled.") : Describe(exception);
        error.MarkupLine(code == ExitCodes.Cancelled ? $"[yellow]{Markup.Escape(message)}[/]" : $"[red]error:[/] {Markup.Escape(message)}");
        return code;
    }

    /// <summary>The exit code and the line for an exception.</summary>
    /// <param name="exception">What went wrong.</param>
    /// <returns>The exit code and the message.</returns>
    /// <remarks>Each kind of failure gets its own words and its own remedy: the network, the credentials, the quota and
    /// an outage of France Travail need different actions, and blaming the wrong one sends users to rotate good secrets.</remarks>
    public static (int Code, string Message) Describe(Exception exception) => exception switch
    {
        OperationCanceledException => (ExitCodes.Cancelled, "Cancelled."),
        UsageException usage => (ExitCodes.Usage, usage.Message),
        CommandAppException spectre => (ExitCodes.Usage, OneLine(spectre.Message) + " (see --help)"),
        OffresEmploiHarvestException harvest => (ExitCodes.Failure, HarvestLine(harvest)),
        OffresEmploiConnectionException connection => (ExitCodes.Failure, UnreachableLine(connection)),
        OffresEmploiAuthenticationException auth => (ExitCodes.Failure, RefusedLine(auth)),
        OffresEmploiThrottledException throttled => (ExitCodes.Failure, ThrottledLine(throttled)),
        OffresEmploiException { Status: >= 500 } outage => (ExitCodes.Failure, OutageLine(outage)),
        OffresEmploiException { Endpoint: OffresEmploiEndpoint.Token } token =>
            (ExitCodes.Failure, $"unexpected answer from the token endpoint (HTTP {token.Status}): check {OffresEmploiOptions.TokenEndpointVariable}"),
        OffresEmploiException api => (ExitCodes.Failure, ApiLine(api)),
        ArgumentException argument => (ExitCodes.Usage, OneLine(argument.Message)),
        HttpRequestException http => (ExitCodes.Failure, "network error: " + OneLine(http.Message)),
        IOException or UnauthorizedAccessException => (ExitCodes.Failure, OneLine(exception.Message)),
        _ => (ExitCodes.Failure, $"unexpected error ({exception.GetType().Name}): {OneLine(exception.Message)}"),
    };

    // A harvest checkpoints after every page it writes: the same command resumes where it stopped.
    private static string HarvestLine(OffresEmploiHarvestException harvest)
    {
        var cause = harvest.InnerException is { } inner ? Describe(inner).Message : OneLine(harvest.Message);
        var done = harvest.Reconciliation is { } account ? $" after {Formats.Count(account.Yielded)} of {Formats.Count(account.ExpectedTotal)} offers" : "";
        return harvest.Reason switch
        {
            HarvestStopReason.Stalled => $"the harvest gave up{done}, nothing answered for its stall timeout: {cause}; run the same command again to resume",
            HarvestStopReason.Failed => $"the harvest stopped{done}: {cause}; fix that, then run the same command again to resume",
            _ => $"the harvest could not reach every offer{done}: {cause}",
        };
    }

    private static string UnreachableLine(OffresEmploiConnectionException connection)
    {
        var variable = connection.Endpoint == OffresEmploiEndpoint.Token ? OffresEmploiOptions.TokenEndpointVariable : OffresEmploiOptions.BaseAddressVariable;
        var host = connection.Host ?? (connection.Endpoint == OffresEmploiEndpoint.Token ? "the token endpoint" : "the API");
        return connection.Cause switch
        {
            ConnectionFailureCause.Timeout => $"no answer from {host} ({connection.CauseDescription}): check the network or {variable}, or retry later",
            ConnectionFailureCause.Tls => $"cannot reach {host} securely ({connection.CauseDescription}): check a proxy, the system clock or {variable}",
            _ => $"cannot reach {host} ({connection.CauseDescription}): check the network or {variable}",
        };
    }

    private static string RefusedLine(OffresEmploiAuthenticationException auth)
    {
        var credentials = $"{OffresEmploiOptions.ClientIdVariable} and {OffresEmploiOptions.ClientSecretVariable}";
        if (auth.Endpoint == OffresEmploiEndpoint.Api)
        {
            return $"France Travail's API refused the access token (HTTP {auth.Status}) even after a fresh one: check {credentials}, and that the application is subscribed to the API Offres d'emploi v2";
        }

        return auth.Error switch
        {
            "invalid_scope" => "France Travail refused the requested scopes (invalid_scope): check that the application is subscribed to the API Offres d'emploi v2 on francetravail.io",
            { Length: > 0 } error => $"France Travail refused the credentials ({error}): check {credentials}",
            _ => $"France Travail refused the credentials (HTTP {auth.Status}): check {credentials}",
        };
    }

    private static string ThrottledLine(OffresEmploiThrottledException throttled)
    {
        var wait = throttled.RetryAfter is { } retryAfter ? $", retry after {Math.Ceiling(retryAfter.TotalSeconds):0} s" : "";
        return throttled.Endpoint == OffresEmploiEndpoint.Token
            ? $"France Travail's identity service is throttling token requests (HTTP 429{wait}): wait and retry; another process may be using the same client id"
            : $"France Travail's rate limit was reached (HTTP 429{wait}): wait and retry, or lower {OffresEmploiOptions.RequestsPerSecondVariable}; another process may be using the same client id";
    }

    private static string OutageLine(OffresEmploiException outage) => outage.Endpoint == OffresEmploiEndpoint.Token
        ? $"France Travail's identity service is failing (HTTP {outage.Status} from the token endpoint): retry later; your settings are fine"
        : $"France Travail's API is failing (HTTP {outage.Status}{Code(outage.ErrorCode)}): retry later; your settings are fine";

    private static string ApiLine(OffresEmploiException api)
    {
        var status = api.Status == 0 ? "no response" : $"HTTP {api.Status}";
        return $"API error ({status}{Code(api.ErrorCode)}): {OneLine(api.ApiMessage ?? api.Message)}";
    }

    private static string Code(string? errorCode) => string.IsNullOrEmpty(errorCode) ? "" : $", {errorCode}";

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
