using OffresEmploi.Cli.Charts.Font;
using OffresEmploi.Cli.Charts.Layout;

namespace OffresEmploi.Cli.Tests.Charts;

public sealed class ChartLayoutTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(3, 3, 1)]
    [InlineData(7, 8, 2)]
    [InlineData(81, 100, 20)]
    [InlineData(314, 400, 100)]
    [InlineData(552, 600, 200)]
    [InlineData(4000, 4000, 1000)]
    public void AxisScale_For_EndsOnARoundStepAtOrAboveTheLargestCount(int largest, int max, int step)
    {
        var scale = AxisScale.For(largest);

        Assert.Equal(new AxisScale(max, step), scale);
        Assert.Equal(0, scale.Ticks.First());
        Assert.Equal(max, scale.Ticks.Last());
    }

    [Fact]
    public void TextWrap_Lines_FitTheWidthAndKeepEveryWord()
    {
        var face = GlyphAtlas.Face(ChartFont.Body);
        const string Text = "Contrat de travail à durée déterminée d'insertion pour les structures de l'économie sociale";

        var lines = TextWrap.Lines(Text, face, 150);

        Assert.True(lines.Count > 2);
        Assert.All(lines, line => Assert.True(face.MeasureWidth(line) <= 150, line));
        Assert.Equal(Text, string.Join(" ", lines));
    }

    [Fact]
    public void TextWrap_WordWiderThanTheLine_IsCutBetweenCharacters()
    {
        var face = GlyphAtlas.Face(ChartFont.Body);

        var lines = TextWrap.Lines("Anticonstitutionnellement", face, 60);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(face.MeasureWidth(line) <= 60, line));
        Assert.Equal("Anticonstitutionnellement", string.Concat(lines));
    }

    [Fact]
    public void TextWrap_ShortText_IsOneLine()
    {
        Assert.Equal(["Cadre (9)"], TextWrap.Lines("Cadre (9)", GlyphAtlas.Face(ChartFont.Body), 300));
    }
}
