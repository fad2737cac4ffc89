using OffresEmploi.Cli.Charts.Font;
using OffresEmploi.GlyphAtlas;

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

var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
if (root is null)
{
    Console.Error.WriteLine("error: cannot find OffresEmploi.Sdk.sln above the working directory; run from the repository");
    return 2;
}

var path = Path.Combine(root, RelativePath);
var bytes = AtlasGenerator.Generate(fonts);

// The compressed bytes depend on the zlib build; the atlas is the same when its inflated body is.
var upToDate = File.Exists(path) && GlyphAtlasFile.ReadPayload(File.ReadAllBytes(path)).AsSpan().SequenceEqual(GlyphAtlasFile.ReadPayload(bytes));
if (check)
{
    Console.WriteLine(upToDate ? $"{RelativePath} is up to date." : $"{RelativePath} is out of date; run `dotnet run --project tools/OffresEmploi.GlyphAtlas`.");
    return upToDate ? 0 : 1;
}

if (!upToDate)
{
    File.WriteAllBytes(path, bytes);
}

Console.WriteLine(upToDate ? $"{RelativePath} is up to date." : $"{RelativePath} written ({bytes.Length:N0} bytes); rebuild the CLI to embed it.");
return 0;

static string? FindRoot(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "OffresEmploi.Sdk.sln")))
        {
            return directory.FullName;
        }
    }

    return null;
}
