using OffresEmploi.Cli.Charts;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Tests.Charts;

public sealed class FacetChartTests
{
    private static IReadOnlyList<Facet> CreateFacets() => FacetBuilder.Build(
    [
        new FiltrePossible { Filtre = "typeContrat", Agregation = [new() { ValeurPossible = "CDI", NbResultats = 81 }, new() { ValeurPossible = "MIS", NbResultats = 48 }, new() { ValeurPossible = "CDD", NbResultats = 33 }] },
        new FiltrePossible { Filtre = "experience", Agregation = [new() { ValeurPossible = "1", NbResultats = 15 }, new() { ValeurPossible = "2", NbResultats = 79 }] },
        new FiltrePossible { Filtre = "qualification", Agregation = [new() { ValeurPossible = "0", NbResultats = 142 }, new() { ValeurPossible = "X", NbResultats = 22 }] },
        new FiltrePossible { Filtre = "natureContrat", Agregation = [new() { ValeurPossible = "E1", NbResultats = 164 }, new() { ValeurPossible = "E2", NbResultats = 5 }] },
    ]);

    [Fact]
    public void SavePng_FourFacets_WritesPngOfTwoByTwoPanels()
    {
        using var temp = new TempDirectory();
        var path = temp.File("facets.png");

        var (width, height) = FacetChart.SavePng(CreateFacets(), "Offres: test", path);

        Assert.Equal((width, height), PngFile.ReadSize(path));
        Assert.Equal(2 * FacetChart.PanelWidth, width);
        Assert.True(height >= 2 * FacetChart.MinPanelHeight, $"height {height}");
        Assert.True(new FileInfo(path).Length > 10_000, "a chart with text and bars compresses to more than 10 kB");
    }

    [Fact]
    public void SavePng_OneFacet_WritesSinglePanel()
    {
        using var temp = new TempDirectory();
        var path = temp.File("one.png");

        var (width, height) = FacetChart.SavePng(CreateFacets().Take(1).ToList(), "one", path);

        Assert.Equal((FacetChart.PanelWidth, FacetChart.MinPanelHeight), (width, height));
        Assert.Equal((width, height), PngFile.ReadSize(path));
    }
}
