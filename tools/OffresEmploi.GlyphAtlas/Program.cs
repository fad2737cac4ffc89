using OffresEmploi.Cli.Charts.Font;
using OffresEmploi.GlyphAtlas;
using OffresEmploi.Tools;

// Writes src/OffresEmploi.Cli/Charts/Font/glyphs.bin: the chart font (DejaVu Sans, Bitstream Vera licence) rasterised
// once, so the CLI draws PNG text with no native library. Run it after changing ChartFontFace.All or GlyphRepertoire:
// `dotnet run --project tools/OffresEmploi.GlyphAtlas [-- --check] [--fonts DIR]`; with --check it only says whether
// the committed file is up to date (exit 1 when not). GlyphAtlasDriftTests check it too.
const string RelativePath = "src/OffresEmploi.Cli/Charts/Font/" + GlyphAtlasFile.FileName;
const string Usage = "usage: dotnet run --project tools/OffresEmploi.GlyphAtlas [-- [--check] [--fonts DIR]]";

var check = false;
var fonts = AtlasGenerator.DefaultFontDirectory;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--check":
            check = true;
            break;
        case "--fonts" when i + 1 < args.Length:
            fonts = args[++i];
            break;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

// The compressed bytes depend on the zlib build; the atlas is the same when its inflated body is.
return CommittedFile.WriteOrCheck(
    RelativePath,
    AtlasGenerator.Generate(fonts),
    check,
    "tools/OffresEmploi.GlyphAtlas",
    "the CLI",
    (committed, fresh) => GlyphAtlasFile.ReadPayload(committed).AsSpan().SequenceEqual(GlyphAtlasFile.ReadPayload(fresh)));
