using OffresEmploi.Cli.Charts.Drawing;
using OffresEmploi.Cli.Charts.Font;

namespace OffresEmploi.Cli.Charts.Png;

/// <summary>An RGB pixel buffer that chart primitives are painted into: rectangles, lines, anti-aliased atlas text.</summary>
internal sealed class PngCanvas
{
    // Coverage to opacity: 1 - (1 - c)^1.45 darkens the partly covered pixels of thin stems, as FreeType's stem
    // darkening and browsers' text gamma do, so 11 to 13 px text on white reads as solid as the SVG's.
    private static readonly byte[] Darken = [.. Enumerable.Range(0, 256).Select(c => (byte)Math.Round(255 * (1 - Math.Pow(1 - (c / 255.0), 1.45))))];

    /// <summary>Creates a canvas filled with one colour.</summary>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="background">The colour.</param>
    public PngCanvas(int width, int height, ChartColor background)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 3];
        Fill(0, 0, width, height, background);
    }

    /// <summary>Gets the width in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the height in pixels.</summary>
    public int Height { get; }

    /// <summary>Gets the pixels, row by row, three bytes (R, G, B) each.</summary>
    public byte[] Pixels { get; }

    /// <summary>Paints a rectangle, clipped to the canvas.</summary>
    /// <param name="x">The left edge.</param>
    /// <param name="y">The top edge.</param>
    /// <param name="width">The width.</param>
    /// <param name="height">The height.</param>
    /// <param name="color">The colour.</param>
    public void Fill(int x, int y, int width, int height, ChartColor color)
    {
        int left = Math.Max(0, x), top = Math.Max(0, y), right = Math.Min(Width, x + width), bottom = Math.Min(Height, y + height);
        for (var row = top; row < bottom; row++)
        {
            for (var column = left; column < right; column++)
            {
                var i = ((row * Width) + column) * 3;
                (Pixels[i], Pixels[i + 1], Pixels[i + 2]) = (color.R, color.G, color.B);
            }
        }
    }

    /// <summary>Paints a line of text from the glyph atlas, kerned, each glyph on the nearest whole pixel.</summary>
    /// <param name="text">The text and where it goes.</param>
    public void DrawText(ChartText text)
    {
        var face = GlyphAtlas.Face(text.Font);
        var width = face.MeasureWidth(text.Text);
        var start = text.Anchor switch
        {
            TextAnchor.Middle => text.X - (width / 2),
            TextAnchor.End => text.X - width,
            _ => text.X,
        };
        var pen64 = (int)Math.Round(start * 64);
        char? previous = null;
        foreach (var span in text.Spans)
        {
            foreach (var character in span.Text)
            {
                if (previous is { } before)
                {
                    pen64 += face.GetKerning64(before, character);
                }

                var glyph = face.GetGlyphOrReplacement(character);
                DrawGlyph(face, glyph, (int)Math.Floor((pen64 + 32) / 64.0) + glyph.Left, text.Baseline - glyph.Top, span.Color);
                pen64 += glyph.Advance64;
                previous = character;
            }
        }
    }

    private void DrawGlyph(GlyphFace face, Glyph glyph, int x, int y, ChartColor color)
    {
        var coverage = face.CoverageOf(glyph);
        for (var row = 0; row < glyph.Height; row++)
        {
            for (var column = 0; column < glyph.Width; column++)
            {
                Blend(x + column, y + row, color, Darken[coverage[(row * glyph.Width) + column]]);
            }
        }
    }

    // Source-over with the glyph's coverage as alpha, in sRGB like browsers blend text.
    private void Blend(int x, int y, ChartColor color, byte alpha)
    {
        if (alpha == 0 || (uint)x >= (uint)Width || (uint)y >= (uint)Height)
        {
            return;
        }

        var i = ((y * Width) + x) * 3;
        Pixels[i] = Mix(Pixels[i], color.R, alpha);
        Pixels[i + 1] = Mix(Pixels[i + 1], color.G, alpha);
        Pixels[i + 2] = Mix(Pixels[i + 2], color.B, alpha);
    }

    private static byte Mix(byte under, byte over, byte alpha) => (byte)(((under * (255 - alpha)) + (over * alpha) + 127) / 255);
}
