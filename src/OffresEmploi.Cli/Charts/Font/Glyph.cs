namespace OffresEmploi.Cli.Charts.Font;

/// <summary>One glyph of a <see cref="GlyphFace"/>: its metrics and where its coverage bitmap sits in the face's bytes.</summary>
/// <param name="Character">The character.</param>
/// <param name="Advance64">How far the pen moves after it, in 1/64 pixel.</param>
/// <param name="Left">From the pen to the bitmap's left column, in pixels (negative when the glyph overhangs).</param>
/// <param name="Top">From the baseline up to the bitmap's top row, in pixels.</param>
/// <param name="Width">The bitmap's width in pixels (0 for a space).</param>
/// <param name="Height">The bitmap's height in pixels.</param>
/// <param name="Offset">Where the bitmap's rows start in <see cref="GlyphFace.Coverage"/> (one byte per pixel, 0 to 255).</param>
internal readonly record struct Glyph(char Character, int Advance64, int Left, int Top, int Width, int Height, int Offset);
