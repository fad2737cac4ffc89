using OffresEmploi.Sdk;
using Spectre.Console;
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
        PlainLine.Write(error, code == ExitCodes.Cancelled ? "" : "[red]error:[/] ", message);
        return code;
    }

    /// <summary>The exit code and the line for an exception.</summary>
    /// <param name="exception">What went wrong.</param>
    /// <returns>The exit code and the message.</returns>
    /// <remarks>An SDK error is its <see cref="OffresEmploiException.Diagnosis"/> (the true cause, worded once in the SDK)
    /// followed by what a user of <c>offres</c> can do about it: the network, the credentials, the quota and an outage of
    /// France Travail need different actions, and blaming the wrong one sends users to rotate good secrets.</remarks>
    public static (int Code, string Message) Describe(Exception exception) => exception switch
    {
        OperationCanceledException => (ExitCodes.Cancelled, "Cancelled."),
        UsageException usage => (ExitCodes.Usage, usage.Message),
        OffresEmploiException api => (ExitCodes.Failure, Line(api)),
        ArgumentException argument => (ExitCodes.Usage, OneLine(argument.Message)),
        HttpRequestException http => (ExitCodes.Failure, "network error: " + OneLine(http.Message)),
        IOException or UnauthorizedAccessException => (ExitCodes.Failure, OneLine(exception.Message)),
        _ => (ExitCodes.Failure, $"unexpected error ({exception.GetType().Name}): {OneLine(exception.Message)}"),
    };

    private static string Line(OffresEmploiException exception) => Remedy(exception) is { } remedy ? $"{exception.Diagnosis}: {remedy}" : exception.Diagnosis;

    /// <summary>What a user of <c>offres</c> does about <paramref name="exception"/>; null when the diagnosis says it all.</summary>
    private static string? Remedy(OffresEmploiException exception) => exception switch
    {
        OffresEmploiHarvestException harvest => HarvestRemedy(harvest),
        OffresEmploiConnectionException connection => UnreachableRemedy(connection),
        OffresEmploiAuthenticationException refused => RefusedRemedy(refused),
        OffresEmploiThrottledException { Endpoint: OffresEmploiEndpoint.Token } => "wait and retry; another process may be using the same client id",
        OffresEmploiThrottledException => $"wait and retry, or lower {OffresEmploiOptions.RequestsPerSecondVariable}; another process may be using the same client id",
        { Status: >= 500 } => "retry later; your settings are fine",
        { Endpoint: OffresEmploiEndpoint.Token } => $"check {OffresEmploiOptions.TokenEndpointVariable}",
        _ => null,
    };

    // A harvest checkpoints after every page it writes: the same command resumes where it stopped.
    private static string? HarvestRemedy(OffresEmploiHarvestException harvest)
    {
        var fix = harvest.InnerException is OffresEmploiException inner ? Remedy(inner) : null;
        var resume = harvest.Reason switch
        {
            HarvestStopReason.Stalled => "run the same command again to resume",
            HarvestStopReason.Failed => "fix that, then run the same command again to resume",
            _ => null,
        };
        return fix is null ? resume : resume is null ? fix : $"{fix}; {resume}";
    }

    private static string UnreachableRemedy(OffresEmploiConnectionException connection)
    {
        var variable = connection.Endpoint == OffresEmploiEndpoint.Token ? OffresEmploiOptions.TokenEndpointVariable : OffresEmploiOptions.BaseAddressVariable;
        return connection.Cause switch
        {
            ConnectionFailureCause.Timeout => $"check the network or {variable}, or retry later",
            ConnectionFailureCause.Tls => $"check a proxy, the system clock or {variable}",
            _ => $"check the network or {variable}",
        };
    }

    private static string RefusedRemedy(OffresEmploiAuthenticationException refused)
    {
        const string Subscribed = "the application is subscribed to the API Offres d'emploi v2";
        var credentials = $"{OffresEmploiOptions.ClientIdVariable} and {OffresEmploiOptions.ClientSecretVariable}";
        return refused switch
        {
            { Endpoint: OffresEmploiEndpoint.Api } => $"check {credentials}, and that {Subscribed}",
            { Error: "invalid_scope" } => $"check that {Subscribed} on francetravail.io",
            _ => $"check {credentials}",
        };
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
