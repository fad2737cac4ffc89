using OffresEmploi.Cli.Charts.Font;
using OffresEmploi.GlyphAtlas;
using OffresEmploi.Testing;

namespace OffresEmploi.Tools.Tests.GlyphAtlas;

/// <summary>
/// The CLI's committed glyph atlas is what <c>tools/OffresEmploi.GlyphAtlas</c> makes of DejaVu Sans (Debian's
/// fonts-dejavu-core, on every machine of the project): changing the faces or the repertoire without regenerating fails here.
/// </summary>
public sealed class GlyphAtlasDriftTests
{
    private static readonly string CommittedPath = Path.Combine(RepositoryFiles.Root, "src", "OffresEmploi.Cli", "Charts", "Font", GlyphAtlasFile.FileName);

    [Fact]
    public void Generate_FromDejaVuSans_MatchesTheCommittedAtlas()
    {
        var generated = AtlasGenerator.Generate(AtlasGenerator.DefaultFontDirectory);

        Assert.True(
            GlyphAtlasFile.ReadPayload(generated).AsSpan().SequenceEqual(GlyphAtlasFile.ReadPayload(File.ReadAllBytes(CommittedPath))),
            "src/OffresEmploi.Cli/Charts/Font/glyphs.bin differs from what the generator makes; run `dotnet run --project tools/OffresEmploi.GlyphAtlas`.");
    }

    [Fact]
    public void Generate_Twice_GivesTheSameBytes()
    {
        Assert.Equal(AtlasGenerator.Generate(AtlasGenerator.DefaultFontDirectory), AtlasGenerator.Generate(AtlasGenerator.DefaultFontDirectory));
    }

    [Fact]
    public void Generate_MissingFontFolder_SaysWhatToInstall()
    {
        var e = Assert.Throws<FileNotFoundException>(() => AtlasGenerator.Generate(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));

        Assert.Contains("fonts-dejavu-core", e.Message, StringComparison.Ordinal);
    }
}
