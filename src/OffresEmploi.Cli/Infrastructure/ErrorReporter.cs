using OffresEmploi.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

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
    public static (int Code, string Message) Describe(Exception exception) => exception switch
    {
        OperationCanceledException => (ExitCodes.Cancelled, "Cancelled."),
        UsageException usage => (ExitCodes.Usage, usage.Message),
        CommandAppException spectre => (ExitCodes.Usage, OneLine(spectre.Message) + " (see --help)"),
        OffresEmploiAuthenticationException auth => (ExitCodes.Failure, $"authentication failed{Code(auth.ErrorCode)}: check {OffresEmploiOptions.ClientIdVariable} and {OffresEmploiOptions.ClientSecretVariable}."),
        OffresEmploiException api => (ExitCodes.Failure, ApiLine(api)),
        ArgumentException argument => (ExitCodes.Usage, OneLine(argument.Message)),
        HttpRequestException http => (ExitCodes.Failure, "network error: " + OneLine(http.Message)),
        IOException or UnauthorizedAccessException => (ExitCodes.Failure, OneLine(exception.Message)),
        _ => (ExitCodes.Failure, $"unexpected error ({exception.GetType().Name}): {OneLine(exception.Message)}"),
    };

    private static string ApiLine(OffresEmploiException api)
    {
        var status = api.Status == 0 ? "no response" : $"HTTP {api.Status}";
        return $"API error ({status}{Code(api.ErrorCode)}): {OneLine(api.ApiMessage ?? api.Message)}";
    }

    private static string Code(string? errorCode) => string.IsNullOrEmpty(errorCode) ? "" : $", {errorCode}";

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
