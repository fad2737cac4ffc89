using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Commands;

/// <summary>--out, --png and --csv treat a path alike: a missing folder is created, a bad path is refused before any request.</summary>
public sealed class OutputPathTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Facets_PngInAMissingFolder_CreatesTheFolder()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.File("charts"), "2026", "facets.png");

        var run = await new CliRunner().InvokeAsync("facets", "développeur", "--png", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(File.Exists(path), run.ToString());
    }

    [Fact]
    public async Task Salaries_CsvInAMissingFolder_CreatesTheFolder()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.File("out"), "salaires.csv");

        var run = await new CliRunner().InvokeAsync("salaries", "développeur", "--limit", "150", "--csv", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("entreprise,offres", File.ReadLines(path).First(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facets", "--png", ".png")]
    [InlineData("salaries", "--csv", ".csv")]
    [InlineData("harvest", "--out", ".csv")]
    public async Task PathThatIsAFolder_RefusedBeforeAnyRequest_NamingTheOption(string command, string option, string suffix)
    {
        using var temp = new TempDirectory();
        var folder = temp.File("existing" + suffix);
        Directory.CreateDirectory(folder);
        using var counter = new CancelAfterSearchesHandler(TestSandbox.Handler, searches: int.MaxValue, new CancellationTokenSource());

        var run = await new CliRunner { SandboxHandler = counter }.RunAsync([command, "développeur", option, folder], Token);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"{option} \"{folder}\": this is a folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, counter.Searches);
    }
}
