using OffresEmploi.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>Runs <c>offres</c> in process against the test sandbox, with captured consoles and a chosen environment.</summary>
internal sealed class CliRunner
{
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public HttpMessageHandler SandboxHandler { get; init; } = TestSandbox.Handler;

    public HttpMessageHandler? ApiHandler { get; init; }

    /// <summary>The width of both consoles, in columns (160 unless a test looks at the layout).</summary>
    public int Width { get; init; } = 160;

    /// <summary>The clock of the SDK client (a fake one lets the default retries run without waiting); the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; init; }

    public CliRunner WithEnvironment(string name, string value)
    {
        _environment[name] = value;
        return this;
    }

    /// <summary>Runs with the test's cancellation token.</summary>
    public Task<CliRun> InvokeAsync(params string[] args) => RunAsync(args, TestContext.Current.CancellationToken);

    public async Task<CliRun> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var output = new TestConsole().Width(Width);
        var error = new TestConsole().Width(Width);
        var context = new CliContext
        {
            Out = output,
            Error = error,
            GetEnvironmentVariable = name => _environment.GetValueOrDefault(name),
            SandboxHandler = SandboxHandler,
            ApiHandler = ApiHandler,
            TimeProvider = TimeProvider ?? System.TimeProvider.System,
        };
        var exitCode = await OffresApp.RunAsync(args, context, cancellationToken);
        return new CliRun(exitCode, output.Output, error.Output);
    }
}
