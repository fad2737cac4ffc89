using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Rendering;

public sealed class FacetViewTests
{
    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(80)]
    public async Task Facets_AnyWidth_OneLinePerBarAndNoSplitWord(int width)
    {
        var wide = await new CliRunner().InvokeAsync("facets");
        var run = await new CliRunner { Width = width }.InvokeAsync("facets");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        LayoutAssert.LinesFit(run.Out, width);

        // What the wide console shows is the vocabulary: a narrow one shows the same words, or their start with "…".
        LayoutAssert.NoBrokenWords(LayoutAssert.Lines(run.Out), LayoutAssert.Lines(wide.Out));

        // A label never wraps onto a line of its own: as many lines as at 160 columns.
        Assert.Equal(LayoutAssert.Lines(wide.Out).Count, LayoutAssert.Lines(run.Out).Count);
        if (width >= 60)
        {
            Assert.Contains("Contrat à durée indéterminée (CDI)", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Facets_UndocumentedCode_ShownOnceWithItsMark()
    {
        // The API counts experience "4", which no code list documents: the label says so, and the code is not repeated.
        var run = await new CliRunner().InvokeAsync("facets");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("4 (code non documenté) ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(code non documenté) (", run.Out, StringComparison.Ordinal);
    }
}
