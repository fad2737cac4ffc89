namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>The outcome of one command line: exit code and what each stream received.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Standard error as one line: the console wraps long lines at its width, the message itself is one line.</summary>
    public string ErrorLine => string.Join(' ', Error.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public IReadOnlyList<string> OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}";
}
