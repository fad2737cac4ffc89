using OffresEmploi.Cli.Charts.Font;
using SkiaSharp;

namespace OffresEmploi.GlyphAtlas;

/// <summary>Rasterises <see cref="GlyphRepertoire.Characters"/> in every <see cref="ChartFontFace"/> from DejaVu Sans.</summary>
/// <remarks>
/// Fully hinted, anti-aliased glyphs with whole-pixel advances: the CLI places each glyph on a whole pixel, which is what
/// the font's hinting was drawn for, so stems stay crisp and spacing even at 11 to 20 px. Coverage is kept to 16
/// levels, which the eye cannot tell from 256 at these sizes and which shrinks the compressed atlas.
/// The output is deterministic: same font files and SkiaSharp version, same bytes.
/// </remarks>
public static class AtlasGenerator
{
    /// <summary>Where Debian's fonts-dejavu-core package installs the faces.</summary>
    public const string DefaultFontDirectory = "/usr/share/fonts/truetype/dejavu";

    private const int CoverageStep = 17;

    /// <summary>Builds the atlas and returns the bytes of <c>glyphs.bin</c>.</summary>
    /// <param name="fontDirectory">The folder holding <c>DejaVuSans.ttf</c> and <c>DejaVuSans-Bold.ttf</c>.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Generate(string fontDirectory) => Build(fontDirectory).ToBytes();

    internal static GlyphAtlasFile Build(string fontDirectory) =>
        new([.. ChartFontFace.All.Select(face => Rasterise(face, Path.Combine(fontDirectory, face.Bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf")))]);

    private static GlyphFace Rasterise(ChartFontFace face, string fontPath)
    {
        if (!File.Exists(fontPath))
        {
            throw new FileNotFoundException($"{fontPath} not found: install Debian's fonts-dejavu-core or pass the folder that holds DejaVu Sans.", fontPath);
        }

        using var typeface = SKTypeface.FromFile(fontPath) ?? throw new InvalidDataException($"{fontPath} is not a font SkiaSharp can read.");
        using var font = new SKFont(typeface, face.PixelSize)
        {
            Edging = SKFontEdging.Antialias,
            Hinting = SKFontHinting.Full,
            Subpixel = false,
        };
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        font.GetFontMetrics(out var metrics);

        var glyphs = new List<Glyph>();
        var coverage = new List<byte>();
        foreach (var character in GlyphRepertoire.Characters)
        {
            if (font.GetGlyph(character) == 0)
            {
                throw new InvalidDataException($"{Path.GetFileName(fontPath)} has no glyph for U+{(int)character:X4}.");
            }

            var (glyph, bitmap) = RasteriseGlyph(font, paint, character);
            glyphs.Add(glyph with { Offset = coverage.Count });
            coverage.AddRange(bitmap);
        }

        return new GlyphFace(face, (int)Math.Ceiling(-metrics.Ascent), (int)Math.Ceiling(metrics.Descent), glyphs, Kerning(typeface, font), [.. coverage]);
    }

    private static (Glyph Glyph, byte[] Bitmap) RasteriseGlyph(SKFont font, SKPaint paint, char character)
    {
        var text = character.ToString();
        var advance = font.MeasureText(text, out var bounds);
        var advance64 = (int)Math.Round(advance * 64);
        if (bounds.IsEmpty)
        {
            return (new Glyph(character, advance64, 0, 0, 0, 0, 0), []);
        }

        // One spare pixel on every side: anti-aliasing can reach past the outline's bounds.
        var left = (int)Math.Floor(bounds.Left) - 1;
        var top = (int)Math.Floor(bounds.Top) - 1;
        var width = (int)Math.Ceiling(bounds.Right) + 1 - left;
        var height = (int)Math.Ceiling(bounds.Bottom) + 1 - top;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.DrawText(text, -left, -top, font, paint);
        }

        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = Quantise(bitmap.GetPixelSpan()[(y * bitmap.RowBytes) + x]);
            }
        }

        return Crop(character, advance64, left, top, width, height, pixels);
    }

    private static byte Quantise(byte coverage) => (byte)(Math.Round(coverage / (double)CoverageStep) * CoverageStep);

    // Keeps the smallest box holding every inked pixel, so the atlas stores no blank rows or columns.
    private static (Glyph, byte[]) Crop(char character, int advance64, int left, int top, int width, int height, byte[] pixels)
    {
        int minX = width, minY = height, maxX = -1, maxY = -1;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (pixels[(y * width) + x] != 0)
                {
                    (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
                }
            }
        }

        if (maxX < 0)
        {
            return (new Glyph(character, advance64, 0, 0, 0, 0, 0), []);
        }

        var cropped = new byte[(maxX - minX + 1) * (maxY - minY + 1)];
        for (var y = minY; y <= maxY; y++)
        {
            pixels.AsSpan((y * width) + minX, maxX - minX + 1).CopyTo(cropped.AsSpan((y - minY) * (maxX - minX + 1)));
        }

        return (new Glyph(character, advance64, left + minX, -(top + minY), maxX - minX + 1, maxY - minY + 1, 0), cropped);
    }

    // The font's pair kerning between repertoire characters, scaled to the face's size; pairs under 1/4 px are dropped.
    private static List<KerningPair> Kerning(SKTypeface typeface, SKFont font)
    {
        var characters = GlyphRepertoire.Characters;
        var ids = characters.Select(c => font.GetGlyph(c)).ToArray();
        var scale = font.Size / typeface.UnitsPerEm * 64;
        var pairs = new List<KerningPair>();
        for (var l = 0; l < characters.Count; l++)
        {
            for (var r = 0; r < characters.Count; r++)
            {
                var adjustments = typeface.GetKerningPairAdjustments([ids[l], ids[r]]);
                var adjust64 = adjustments.Length > 0 ? (int)Math.Round(adjustments[0] * scale) : 0;
                if (Math.Abs(adjust64) >= 16)
                {
                    pairs.Add(new KerningPair(characters[l], characters[r], adjust64));
                }
            }
        }

        return pairs;
    }
}
