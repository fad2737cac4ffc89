using System.Globalization;
using System.Xml.Linq;
using OffresEmploi.Cli.Charts;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Charts;

/// <summary>The SVG: well-formed XML from the same layout as the PNG, with every label whole and bars to scale.</summary>
public sealed class FacetChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void SaveSvg_FourFacets_IsWellFormedSvgOfThePngsSize()
    {
        using var temp = new TempDirectory();
        var facets = FacetChartTests.CreateFacets();

        var size = FacetChart.SaveSvg(facets, "Offres d'emploi : infirmier", temp.File("facets.svg"));
        var pngSize = FacetChart.SavePng(facets, "Offres d'emploi : infirmier", temp.File("facets.png"));

        var bytes = File.ReadAllBytes(temp.File("facets.svg"));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal(pngSize, size);
        Assert.Equal($"0 0 {size.Width} {size.Height}", (string?)svg.Attribute("viewBox"));
        Assert.Contains("sans-serif", (string?)svg.Attribute("font-family"), StringComparison.Ordinal);
    }

    [Fact]
    public void SaveSvg_HoldsTheTitleAndEveryLabelInFull()
    {
        var facets = FacetChartTests.CreateFacets();
        const string Title = "Offres d'emploi : infirmier · Bretagne (région 53)";

        var svg = Save(facets, Title);

        Assert.Equal(Title, svg.Element(Svg + "title")?.Value);
        var text = string.Join(" ", svg.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Contains(Title, text, StringComparison.Ordinal);
        foreach (var item in facets.SelectMany(f => f.Items))
        {
            Assert.Contains(item.Label, text, StringComparison.Ordinal);
        }

        Assert.Contains("Contrat à durée indéterminée (CDI)", text, StringComparison.Ordinal);
        Assert.Contains("Contrat travail temporaire insertion (TTI)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveSvg_BarWidths_AreProportionalToCountsWithinEachPanel()
    {
        var facets = FacetChartTests.CreateFacets();

        var svg = Save(facets, "t");

        var panels = svg.Elements(Svg + "g").ToList();
        Assert.Equal(facets.Select(f => $"panel-{f.Filtre}"), panels.Select(g => (string?)g.Attribute("id")));
        for (var i = 0; i < facets.Count; i++)
        {
            var widths = panels[i].Elements(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar")
                .Select(r => int.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
            var counts = facets[i].Items.Select(item => item.Count).ToList();
            Assert.Equal(counts.Count, widths.Count);
            var pixelsPerOffer = widths[0] / (double)counts[0];
            for (var j = 0; j < counts.Count; j++)
            {
                Assert.InRange(widths[j], (counts[j] * pixelsPerOffer) - 1.5, (counts[j] * pixelsPerOffer) + 1.5);
            }
        }
    }

    [Fact]
    public void SaveSvg_MarkupInLabelsAndTitle_IsEscaped()
    {
        var facets = new List<Facet> { new("secteur", "R&D <interne>", [new FacetItem("X", "Études & \"conseil\" <b>", 3)]) };

        var svg = Save(facets, "A < B & C > \"D\"");

        var text = string.Join(" ", svg.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Contains("A < B & C > \"D\"", text, StringComparison.Ordinal);
        Assert.Contains("R&D <interne>", text, StringComparison.Ordinal);
        Assert.Contains("Études & \"conseil\" <b> (X)", text, StringComparison.Ordinal);
        Assert.Empty(svg.Descendants(Svg + "b"));
    }

    [Fact]
    public void SaveSvg_LongLabel_WrapsOnLinesWithoutLosingAWord()
    {
        var label = "Contrat de travail à durée déterminée d'insertion pour les structures de l'économie sociale et solidaire";
        var facets = new List<Facet> { new("typeContrat", "Type de contrat", [new FacetItem("ZZZ", label, 12), new FacetItem("CDI", "CDI", 3)]) };

        var svg = Save(facets, "t");

        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.True(texts.Count(t => t.Length > 5 && (label + " (ZZZ)").Contains(t, StringComparison.Ordinal)) >= 2, "a label wider than its column wraps");
        Assert.Contains(label + " (ZZZ)", string.Join(" ", texts), StringComparison.Ordinal);
    }

    private static XElement Save(IReadOnlyList<Facet> facets, string title)
    {
        using var temp = new TempDirectory();
        var path = temp.File("chart.svg");
        FacetChart.SaveSvg(facets, title, path);
        return XDocument.Parse(File.ReadAllText(path)).Root!;
    }
}
