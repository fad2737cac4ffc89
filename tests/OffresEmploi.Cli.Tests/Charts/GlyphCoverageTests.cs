using OffresEmploi.Cli.Charts;
using OffresEmploi.Cli.Charts.Font;
using OffresEmploi.Cli.Charts.Layout;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Tests.Charts;

/// <summary>
/// Every character a chart can show from the project's own words has a glyph in every face, so no label or title
/// falls back to the replacement mark: facet titles and value labels (every code of the four code lists), the chart's
/// fixed words, and every place name a title can hold (communes, départements, régions).
/// </summary>
public sealed class GlyphCoverageTests
{
    [Fact]
    public void EveryFace_HasAGlyphForEveryCharacterOfLabelsTitlesAndPlaceNames()
    {
        var texts = ChartTexts().ToList();

        foreach (var face in GlyphAtlas.Default.Faces)
        {
            var missing = texts.SelectMany(text => text.Where(c => !face.TryGetGlyph(c, out _)).Select(c => (c, text)))
                .DistinctBy(m => m.c)
                .Select(m => $"U+{(int)m.c:X4} '{m.c}' in \"{m.text}\"")
                .ToList();
            Assert.True(missing.Count == 0, $"{face.Face} lacks: {string.Join("; ", missing)}");
        }
    }

    [Fact]
    public void ChartTexts_CoverTheAccentsAndSignsTheyAreMeantTo()
    {
        var characters = string.Concat(ChartTexts());

        Assert.All("àâçéèêëîïôûüÿŒœ’·", c => Assert.Contains(c, characters));
    }

    private static IEnumerable<string> ChartTexts()
    {
        var filtres = new[]
        {
            ("typeContrat", TypeContrat.KnownValues.Select(v => v.ToString())),
            ("experience", Experience.KnownValues.Select(v => v.ToString())),
            ("qualification", Qualification.KnownValues.Select(v => v.ToString())),
            ("natureContrat", NatureContrat.KnownValues.Select(v => v.ToString())),
        };
        foreach (var (filtre, codes) in filtres)
        {
            var facet = new FiltrePossible { Filtre = filtre };
            yield return facet.GetTitle();
            foreach (var code in codes.Append("4"))
            {
                var label = facet.GetValueLabel(code)!;
                yield return FacetPanel.LabelOf(new FacetItem(code, label, 1));
            }
        }

        // The words the layout and the facets command add, and the SDK's place descriptions ("Bretagne (région 53)").
        yield return $"Offres d'emploi : toutes les offres · CDI, CDD {Formats.Count(1234567, "offre")}, réparties par filtre";
        yield return "(région 53) + 20 km as departement 0123456789";
        var places = PlaceResolver.Default;
        foreach (var place in places.Regions.Concat(places.Departements).Concat(places.Communes))
        {
            yield return place.Libelle;
        }
    }
}
