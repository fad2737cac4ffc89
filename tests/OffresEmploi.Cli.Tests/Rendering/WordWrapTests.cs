using OffresEmploi.Cli.Rendering;

namespace OffresEmploi.Cli.Tests.Rendering;

public sealed class WordWrapTests
{
    [Fact]
    public void Lines_WordsFit_BreaksOnlyBetweenWords() =>
        Assert.Equal(["Développeur de", "photographies", "(H/F)"], WordWrap.Lines("Développeur de photographies (H/F)", 14));

    [Fact]
    public void Lines_WordLongerThanTheLine_ShortenedWithEllipsis() =>
        Assert.Equal(["Développeur", "de", "photograph…", "(H/F)"], WordWrap.Lines("Développeur de photographies (H/F)", 11));

    [Fact]
    public void Lines_HyphenatedWordLongerThanTheLine_BrokenAfterItsHyphens() =>
        Assert.Equal(
            ["Responsable ordonnancement-", "lancement-planification en", "industrie"],
            WordWrap.Lines("Responsable ordonnancement-lancement-planification en industrie", 28));

    [Theory]
    [InlineData("45 000 €/an", 8, new[] { "45 000", "€/an" })]
    [InlineData("Mensuel 1 801,84 €", 9, new[] { "Mensuel", "1 801,84", "€" })]
    [InlineData("75 - PARIS 17E ARRONDISSEMENT", 14, new[] { "75 - PARIS 17E", "ARRONDISSEMENT" })]
    public void Lines_ThousandsGroupsStayTogether(string text, int width, string[] expected) =>
        Assert.Equal(expected, WordWrap.Lines(text, width));

    [Fact]
    public void Lines_SandboxTitlesAtEveryWidth_NoLineWiderThanAsked()
    {
        string[] titles =
        [
            "Technicien en Hygiène, Sécurité, Environnement industriel (HSE) (H/F)",
            "Contrôleur technique en électricité-électronique H/F",
            "Centre social de Vallées-d'Antraigues-Asperjoc",
        ];
        for (var width = 1; width <= 40; width++)
        {
            foreach (var title in titles)
            {
                Assert.All(WordWrap.Lines(title, width), line => Assert.InRange(WordWrap.Width(line), 1, width));
            }
        }
    }

    [Theory]
    [InlineData("Contrat durée déterminée insertion", 26, "Contrat durée déterminée…")]
    [InlineData("Contrat durée déterminée insertion", 40, "Contrat durée déterminée insertion")]
    [InlineData("Ordonnancement", 8, "Ordonna…")]
    public void Shorten_KeepsWholeWordsThenEllipsis(string text, int width, string expected) =>
        Assert.Equal(expected, WordWrap.Shorten(text, width));

    [Theory]
    [InlineData("Développeur de photographies (H/F)", 14)]
    [InlineData("Responsable ordonnancement-lancement-planification en industrie", 12)]
    [InlineData("", 10)]
    public void LineCount_MatchesLinesForWordsThatFit(string text, int width)
    {
        var words = WordWrap.WordWidths(text);
        if (words.All(w => w <= width))
        {
            Assert.Equal(WordWrap.Lines(text, width).Count, WordWrap.LineCount(words, width));
        }
        else
        {
            Assert.InRange(WordWrap.LineCount(words, width), 1, WordWrap.Lines(text, width).Count + 1);
        }
    }
}
