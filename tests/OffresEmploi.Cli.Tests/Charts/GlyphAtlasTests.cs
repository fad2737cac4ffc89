using OffresEmploi.Cli.Charts.Font;
using OffresEmploi.Testing;

namespace OffresEmploi.Cli.Tests.Charts;

/// <summary>
/// The committed glyph atlas (<c>Charts/Font/glyphs.bin</c>) is in the generator's format, is what the CLI embeds, holds
/// every face and character, and reads back to the same bytes. (That it is what the generator makes of DejaVu Sans is
/// checked by <c>GlyphAtlasDriftTests</c> in OffresEmploi.Tools.Tests, the project that may reference tools.)
/// </summary>
public sealed class GlyphAtlasTests
{
    private static readonly string CommittedPath = Path.Combine(RepositoryFiles.Root, "src", "OffresEmploi.Cli", "Charts", "Font", GlyphAtlasFile.FileName);

    [Fact]
    public void EmbeddedAtlas_IsTheCommittedFile()
    {
        Assert.Equal(File.ReadAllBytes(CommittedPath), GlyphAtlas.ReadEmbeddedBytes());
    }

    [Fact]
    public void CommittedAtlas_IsSmall()
    {
        Assert.InRange(new FileInfo(CommittedPath).Length, 10_000, 64 * 1024);
    }

    [Fact]
    public void CommittedAtlas_HasEveryFaceWithEveryCharacterOfTheRepertoire()
    {
        var atlas = GlyphAtlasFile.Read(File.ReadAllBytes(CommittedPath));

        Assert.Equal(ChartFontFace.All, atlas.Faces.Select(f => f.Face));
        foreach (var face in atlas.Faces)
        {
            Assert.Equal(GlyphRepertoire.Characters, face.Glyphs.Select(g => g.Character));
            Assert.InRange(face.Ascent, face.Face.PixelSize * 0.8, face.Face.PixelSize * 1.1);
            Assert.InRange(face.Descent, 1, face.Face.PixelSize * 0.4);
            Assert.Equal(face.Glyphs.Sum(g => g.Width * g.Height), face.Coverage.Length);
            Assert.All(face.Glyphs.Where(g => g.Character > ' ' && !char.IsWhiteSpace(g.Character) && g.Character != '\u00AD'), g =>
            {
                Assert.True(g.Width > 0 && g.Height > 0, $"U+{(int)g.Character:X4} has no ink in {face.Face}");
                Assert.True(face.CoverageOf(g).ToArray().Max() >= 102, $"U+{(int)g.Character:X4} is barely visible in {face.Face}");
            });
            Assert.InRange(face.Glyphs.Single(g => g.Character == ' ').Advance64, face.Face.PixelSize * 64 / 5, face.Face.PixelSize * 64 / 2);
            Assert.Contains(face.Kerning, pair => pair is { Left: 'T', Right: 'o' } && pair.Adjust64 < 0);
        }
    }

    [Fact]
    public void CommittedAtlas_ReadThenWritten_HasTheSameContent()
    {
        var committed = File.ReadAllBytes(CommittedPath);

        var rewritten = GlyphAtlasFile.Read(committed).ToBytes();

        Assert.Equal(GlyphAtlasFile.ReadPayload(committed), GlyphAtlasFile.ReadPayload(rewritten));
    }

    [Theory]
    [InlineData(0, "Not a version 1 glyph atlas")]
    [InlineData(4, "Not a version 1 glyph atlas")]
    [InlineData(400, "")]
    public void Read_DamagedFile_ThrowsInvalidDataSayingHowToRegenerate(int keep, string message)
    {
        var committed = File.ReadAllBytes(CommittedPath);

        var e = Assert.ThrowsAny<InvalidDataException>(() => GlyphAtlasFile.Read(committed[..keep]));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains("tools/OffresEmploi.GlyphAtlas", e.Message + e.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Face_CharacterOutsideTheRepertoire_DrawsTheReplacementMark()
    {
        var face = GlyphAtlas.Face(ChartFont.Body);

        Assert.False(face.TryGetGlyph('→', out _));
        Assert.Equal(GlyphRepertoire.Replacement, face.GetGlyphOrReplacement('→').Character);
        Assert.Equal(face.MeasureWidth("\uFFFD"), face.MeasureWidth("→"));
    }

    [Fact]
    public void MeasureWidth_AppliesKerning()
    {
        var face = GlyphAtlas.Face(ChartFont.Title);

        var apart = face.MeasureWidth("T") + face.MeasureWidth("o");

        Assert.True(face.MeasureWidth("To") < apart, "'To' is kerned closer than T and o apart");
    }
}
