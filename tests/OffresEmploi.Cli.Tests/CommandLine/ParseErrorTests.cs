using System.CommandLine;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.CommandLine;

/// <summary>Every mistake on the command line is one line on stderr, exit code 2, naming the option and the expected
/// form, before any request (the sandbox handler here would answer; nothing reaches it).</summary>
public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("search --limit abc", "error: --limit: 'abc' is not a whole number (e.g. --limit 20)")]
    [InlineData("salaries --limit 1.5", "error: --limit: '1.5' is not a whole number (e.g. --limit 150)")]
    [InlineData("search --salaire-min abc", "error: --salaire-min: 'abc' is not a number (e.g. --salaire-min 45000)")]
    [InlineData("search --distance loin --near Annecy", "error: --distance: 'loin' is not a whole number (e.g. --distance 20)")]
    [InlineData("harvest --publiee-depuis hier --out x.csv", "error: --publiee-depuis: 'hier' is not a whole number (e.g. --publiee-depuis 7)")]
    [InlineData("serch boulanger", "error: unknown command 'serch'; did you mean 'search'?")]
    [InlineData("search --limt 3 boulanger", "error: unknown option '--limt'; did you mean '--limit'?")]
    [InlineData("get 048KLTP --jsn", "error: unknown option '--jsn'; did you mean '--json'?")]
    [InlineData("referentiel metiers extra", "error: unexpected argument 'extra'")]
    [InlineData("search --naf 123", "error: Each --naf value must have the NAF format 99.99X (e.g. 62.02A); got '123'.")]
    [InlineData("search --type-contrat XYZ", "error: --type-contrat")]
    [InlineData("facets infirmier --svg chart.png", "error: --svg needs a file name ending in .svg.")]
    [InlineData("search --since hier", "error: --since: 'hier' is not a date")]
    public async Task Mistake_OneLineNamingTheOption_ExitCode2(string commandLine, string expectedStart)
    {
        var sandbox = new RecordingHandler(TestSandbox.Handler);

        var run = await new CliRunner { SandboxHandler = sandbox }.InvokeAsync(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith(expectedStart, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", line, StringComparison.Ordinal);
        Assert.DoesNotContain("codeNAF", line, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Requests);
    }

    [Theory]
    [InlineData("search --limit 5 --salaire-min 20000 --periode A", 5)]
    [InlineData("search -n 3 --salaire-min 12,5 --periode H", 3)]
    public async Task NumbersInEitherNotation_Parse(string commandLine, int limit)
    {
        var run = await new CliRunner().InvokeAsync(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"{limit} of ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryOptionAndArgument_HasHelpText()
    {
        var console = new Spectre.Console.Testing.TestConsole();
        var (root, _) = OffresApp.Create(new CliContext { Out = console, Error = console });

        foreach (var command in root.Subcommands)
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), command.Name);
            foreach (var symbol in command.Options.Cast<Symbol>().Concat(command.Arguments))
            {
                Assert.False(string.IsNullOrWhiteSpace(symbol.Description), $"{command.Name} {symbol.Name}");
            }
        }
    }
}
