using OffresEmploi.Cli.Charts;
using OffresEmploi.Cli.Charts.Drawing;
using OffresEmploi.Cli.Charts.Font;
using OffresEmploi.Cli.Charts.Layout;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Tests.Charts;

/// <summary>The PNG: a valid file whose pixels show the layout's bars and text where the layout puts them.</summary>
public sealed class FacetChartTests
{
    private const string Title = "Offres d'emploi : infirmier · Bretagne (région 53)";

    internal static IReadOnlyList<Facet> CreateFacets() => FacetBuilder.Build(
    [
        new FiltrePossible { Filtre = "typeContrat", Agregation = [new() { ValeurPossible = "CDI", NbResultats = 81 }, new() { ValeurPossible = "MIS", NbResultats = 48 }, new() { ValeurPossible = "CDD", NbResultats = 33 }, new() { ValeurPossible = "TTI", NbResultats = 2 }] },
        new FiltrePossible { Filtre = "experience", Agregation = [new() { ValeurPossible = "1", NbResultats = 15 }, new() { ValeurPossible = "2", NbResultats = 79 }, new() { ValeurPossible = "4", NbResultats = 70 }] },
        new FiltrePossible { Filtre = "qualification", Agregation = [new() { ValeurPossible = "0", NbResultats = 142 }, new() { ValeurPossible = "9", NbResultats = 22 }] },
        new FiltrePossible { Filtre = "natureContrat", Agregation = [new() { ValeurPossible = "E1", NbResultats = 159 }, new() { ValeurPossible = "CC", NbResultats = 5 }] },
    ]);

    [Fact]
    public void SavePng_FourFacets_WritesValidPngOfTwoColumns()
    {
        using var temp = new TempDirectory();
        var path = temp.File("facets.png");

        var (width, height) = FacetChart.SavePng(CreateFacets(), Title, path);

        var image = PngFile.Decode(path);
        Assert.Equal((width, height), (image.Width, image.Height));
        Assert.Equal(2 * FacetChart.PanelWidth, width);
        Assert.True(height >= 2 * FacetChart.MinPanelHeight, $"height {height}");
    }

    [Fact]
    public void SavePng_OneFacet_WritesSinglePanel()
    {
        using var temp = new TempDirectory();
        var path = temp.File("one.png");

        var (width, height) = FacetChart.SavePng(CreateFacets().Take(1).ToList(), "one", path);

        Assert.Equal(FacetChart.PanelWidth, width);
        Assert.InRange(height, FacetChart.MinPanelHeight, 2 * FacetChart.MinPanelHeight);
        Assert.Equal((width, height), PngFile.ReadSize(path));
    }

    [Fact]
    public void SavePng_EveryBar_IsPaintedInItsColourWhereTheLayoutPutsIt()
    {
        var facets = CreateFacets();
        var bars = FacetChartLayout.Create(facets, Title).Flatten().OfType<ChartRect>().Where(r => r.Role == "bar").ToList();

        var image = Save(facets, Title);

        Assert.Equal(facets.Sum(f => f.Items.Count), bars.Count);
        Assert.All(bars, bar =>
        {
            Assert.True(bar.Width > 0 && bar.Height > 0, $"empty bar {bar}");
            Assert.All(image.Pixels(bar.X, bar.Y, bar.Width, bar.Height), p => Assert.Equal((bar.Fill.R, bar.Fill.G, bar.Fill.B), p.Color));
            Assert.Equal((255, 255, 255), image[bar.X + bar.Width + 2, bar.Y - 3]); // white just past the bar's corner
        });
        Assert.Equal(4, bars.Select(b => b.Fill).Distinct().Count()); // one colour per panel
    }

    [Fact]
    public void SavePng_TitleLabelsAndCounts_AreInkInsideTheirTextBoxesAndAligned()
    {
        var facets = CreateFacets();
        var texts = FacetChartLayout.Create(facets, Title).Flatten().OfType<ChartText>().ToList();

        var image = Save(facets, Title);

        foreach (var expected in new[] { Title, "Type de contrat", "Contrat à durée indéterminée (CDI)", "Contrat travail temporaire insertion (TTI)", "4 (code non documenté)", "159" })
        {
            var text = Assert.Single(texts, t => t.Text == expected);
            var width = GlyphAtlas.Face(text.Font).MeasureWidth(text.Text);
            var (start, end) = text.Anchor switch
            {
                TextAnchor.End => (text.X - width, text.X),
                TextAnchor.Middle => (text.X - (width / 2), text.X + (width / 2)),
                _ => (text.X, text.X + width),
            };
            var (left, right) = InkColumns(image, text, (int)start - 5, (int)end + 5);
            Assert.InRange(left, start - 2, start + 3);
            Assert.InRange(right, end - 4, end + 1);
        }
    }

    [Fact]
    public void SavePng_AroundTheTitle_IsWhite()
    {
        var image = Save(CreateFacets(), "Court");

        var titleEnd = (int)Math.Ceiling(24 + GlyphAtlas.Face(ChartFont.Title).MeasureWidth("Court"));
        Assert.DoesNotContain(image.Pixels(titleEnd + 2, 0, image.Width - titleEnd - 2, 48), p => p.Color != (255, 255, 255));
        Assert.DoesNotContain(image.Pixels(0, 0, image.Width, 20), p => p.Color != (255, 255, 255));
    }

    [Fact]
    public void SavePng_LongTitle_WrapsInsideTheImage()
    {
        var title = "Offres d'emploi : " + string.Join(", ", Enumerable.Repeat("Saint-Julien-en-Genevois (74243)", 6));
        var facets = CreateFacets();

        var lines = FacetChartLayout.Create(facets, title).Flatten().OfType<ChartText>().Where(t => t.Font == ChartFont.Title).ToList();
        var image = Save(facets, title);

        Assert.True(lines.Count >= 2, "a title wider than the image wraps");
        Assert.Equal(title.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines.Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal))));
        Assert.All(lines, line => Assert.True(line.X + GlyphAtlas.Face(ChartFont.Title).MeasureWidth(line.Text) <= image.Width - 24, line.Text));
        Assert.All(lines, line => Assert.Contains(image.Pixels(line.X, line.Baseline - 14, 200, 14), p => image.IsInk(p.X, p.Y)));
    }

    [Fact]
    public void Cli_ReferencesNoGraphicsLibrary_SoItPublishesAsNativeAotWithoutNativeAssets()
    {
        var references = typeof(FacetChart).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("SkiaSharp", StringComparison.Ordinal)
            || name.StartsWith("ScottPlot", StringComparison.Ordinal) || name.StartsWith("HarfBuzz", StringComparison.Ordinal));
        var dependencies = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "OffresEmploi.Cli.Tests.deps.json"));
        Assert.DoesNotContain("SkiaSharp", dependencies, StringComparison.Ordinal);
        Assert.DoesNotContain("ScottPlot", dependencies, StringComparison.Ordinal);
    }

    private static PngImage Save(IReadOnlyList<Facet> facets, string title)
    {
        using var temp = new TempDirectory();
        var path = temp.File("chart.png");
        FacetChart.SavePng(facets, title, path);
        return PngFile.Decode(path);
    }

    // The first and last columns holding ink between the text's ascender and descender lines, near where it should be
    // (5 px each side: the bars start 10 px after the labels, the counts 6 px after the bars).
    private static (int Left, int Right) InkColumns(PngImage image, ChartText text, int from, int to)
    {
        var face = GlyphAtlas.Face(text.Font);
        var ink = image.Pixels(from, text.Baseline - face.Ascent, to - from, face.Ascent + face.Descent)
            .Where(p => image.IsInk(p.X, p.Y))
            .Select(p => p.X)
            .ToList();
        Assert.NotEmpty(ink);
        return (ink.Min(), ink.Max());
    }
}
