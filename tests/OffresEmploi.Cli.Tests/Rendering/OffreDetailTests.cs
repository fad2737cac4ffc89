using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.Commands;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Rendering;

public sealed class OffreDetailTests
{
    [Fact]
    public async Task Get_NarrowConsole_PanelFitsAndTheLinkStaysWhole()
    {
        var offre = SearchCommandTests.ParseJsonLines(await new CliRunner().InvokeAsync("search", "--json", "--limit", "50"))
            .First(o => (o.Contact?.UrlPostulation ?? o.OrigineOffre?.UrlOrigine)?.Length > 50);
        var url = offre.Contact?.UrlPostulation ?? offre.OrigineOffre!.UrlOrigine!;

        var run = await new CliRunner { Width = 50 }.InvokeAsync("get", offre.Id!);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = LayoutAssert.Lines(run.Out);
        Assert.Contains($"Postuler {url}", lines);
        LayoutAssert.LinesFit(string.Join('\n', lines.Where(line => !line.StartsWith("Postuler ", StringComparison.Ordinal))), 50);
    }
}
