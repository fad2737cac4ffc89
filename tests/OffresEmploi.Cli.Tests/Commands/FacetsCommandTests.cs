using OffresEmploi.Cli.Charts;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Commands;

public sealed class FacetsCommandTests
{
    [Fact]
    public async Task Facets_ShowsOneChartPerFilterWithFrenchLabels()
    {
        var run = await new CliRunner().InvokeAsync("facets", "--departement", "74");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var title in new[] { "Type de contrat", "Expérience", "Qualification", "Nature du contrat" })
        {
            Assert.Contains(title, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Contrat à durée indéterminée (CDI)", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"[\d ]+ offers \(departement=74\)", run.Out);
    }

    [Fact]
    public async Task Facets_Png_WritesFacetedChart()
    {
        using var temp = new TempDirectory();
        var path = temp.File("facets.png");

        var run = await new CliRunner().InvokeAsync("facets", "développeur", "--png", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var (width, height) = PngFile.ReadSize(path);
        Assert.Equal(2 * FacetChart.PanelWidth, width);
        Assert.InRange(height, 2 * FacetChart.MinPanelHeight, 4000);
        Assert.Contains($"({width}×{height})", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_PngAndSvg_WritesBothChartsOfTheSameFigure()
    {
        using var temp = new TempDirectory();
        var png = temp.File("charts/facets.png");
        var svg = temp.File("charts/facets.svg");

        var run = await new CliRunner().InvokeAsync("facets", "infirmier", "--region", "Bretagne", "--png", png, "--svg", svg);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var (width, height) = PngFile.ReadSize(png);
        var document = System.Xml.Linq.XDocument.Load(svg);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Root.Attribute("width")?.Value);
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Root.Attribute("height")?.Value);
        Assert.Contains("infirmier · Bretagne", document.Root.Value, StringComparison.Ordinal);
        Assert.Contains($"Wrote {svg} ({width}×{height}).", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_PngWithoutPngExtension_ExitCode2()
    {
        var run = await new CliRunner().InvokeAsync("facets", "--png", "chart.jpg");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}
