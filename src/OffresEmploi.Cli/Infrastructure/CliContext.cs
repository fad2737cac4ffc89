using Spectre.Console;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>Everything a command takes from its surroundings: consoles, environment, HTTP handlers, clock.</summary>
/// <remarks>The process builds one from the real console and environment; tests build one around
/// <c>TestConsole</c>s and an in-process sandbox so every command runs without network or globals.</remarks>
internal sealed class CliContext
{
    /// <summary>Standard output: tables, details, raw JSON.</summary>
    public required IAnsiConsole Out { get; init; }

    /// <summary>Standard error: the sandbox notice, progress bars and error lines, so piped output stays clean.</summary>
    public required IAnsiConsole Error { get; init; }

    /// <summary>Reads an environment variable (credentials and URLs).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The in-process sandbox used when no credentials are set or <c>--sandbox</c> is given, shared and not
    /// disposed by the session (tests share one); null for a new sandbox with the default options per session.</summary>
    public HttpMessageHandler? SandboxHandler { get; init; }

    /// <summary>The handler used to reach the real API; null for the default network stack.</summary>
    public HttpMessageHandler? ApiHandler { get; init; }

    /// <summary>The clock (date filters, ETA).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The context of this process: the real consoles and environment, each console as wide as
    /// <see cref="ConsoleWidth"/> says (<c>COLUMNS</c>, 80 when redirected, else the terminal).</summary>
    public static CliContext FromProcess()
    {
        var output = AnsiConsole.Console;
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ConsoleWidth.Apply(output, Environment.GetEnvironmentVariable, Console.IsOutputRedirected);
        ConsoleWidth.Apply(error, Environment.GetEnvironmentVariable, Console.IsErrorRedirected);
        return new() { Out = output, Error = error };
    }
}
