using OffresEmploi.Cli.CommandLine;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk;

namespace OffresEmploi.Cli.Tests;

public sealed class AppTests
{
    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        var run = await new CliRunner().InvokeAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var command in new[] { "search", "get", "referentiel", "facets", "salaries", "harvest" })
        {
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("search", "(alias --near)")]
    [InlineData("get", "048KLTP")]
    [InlineData("referentiel", "--filter")]
    [InlineData("facets", "--png")]
    [InlineData("salaries", "--csv")]
    [InlineData("harvest", "--out")]
    public async Task CommandHelp_HasOptionsAndExamples(string command, string expected)
    {
        var run = await new CliRunner().InvokeAsync(command, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        Assert.Contains("--sandbox", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_AllParse()
    {
        var console = new Spectre.Console.Testing.TestConsole();
        var (root, examples) = OffresApp.Create(new CliContext { Out = console, Error = console });

        var all = examples.All.ToList();

        Assert.True(all.Count >= 15, $"only {all.Count} examples");
        foreach (var example in all)
        {
            var result = root.Parse(example);
            Assert.True(ParseErrors.Find(result) is null, $"offres {string.Join(' ', example)}: {ParseErrors.Find(result)}");
            // The example's first words are the command (and subcommand) it runs: "engine install".
            var names = new List<string>();
            for (var command = result.CommandResult; command.Parent is System.CommandLine.Parsing.CommandResult parent; command = parent)
            {
                names.Insert(0, command.Command.Name);
            }

            Assert.Equal(names, example.Take(names.Count));
        }
    }

    [Fact]
    public async Task UnknownCommand_ExitCode2OneLine()
    {
        var run = await new CliRunner().InvokeAsync("serch", "boulanger");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    public async Task Version_PrintsThePackageVersion_ExitCode0(string flag)
    {
        var run = await new CliRunner().InvokeAsync(flag);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(OffresApp.Version, run.Out.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out.Trim());
    }

    [Fact]
    public void ErrorReporter_NarrowConsole_ErrorStaysOneLine()
    {
        var console = Spectre.Console.Testing.TestConsoleExtensions.Width(new Spectre.Console.Testing.TestConsole(), 40);
        var message = new string('x', 30) + " " + new string('y', 30) + " " + new string('z', 30);

        var code = ErrorReporter.Report(console, new UsageException(message), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("error: " + message, Assert.Single(console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r'));
    }

    [Fact]
    public async Task CancelledBeforeStart_ExitCode130()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var run = await new CliRunner().RunAsync(["search", "boulanger"], cancellation.Token);

        Assert.Equal(ExitCodes.Cancelled, run.ExitCode);
        Assert.Contains("Cancelled.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "JCS0011G", "Valeur du paramètre « typeContrat » incorrecte.", "France Travail's API refused the request (HTTP 400, JCS0011G): Valeur du paramètre « typeContrat » incorrecte")]
    [InlineData(0, null, null, "France Travail's API gave no response")]
    public void ErrorReporter_ApiErrors_ExitCode1WithStatusAndCode(int status, string? code, string? apiMessage, string expected)
    {
        var exception = new OffresEmploiException("The API failed.\nDetails follow.") { Status = status, ErrorCode = code, ApiMessage = apiMessage };

        var (exitCode, message) = ErrorReporter.Describe(exception);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void ErrorReporter_ArgumentException_IsUsage() =>
        Assert.Equal(ExitCodes.Usage, ErrorReporter.Describe(new ArgumentException("motsCles: at most 7 keywords")).Code);
}
