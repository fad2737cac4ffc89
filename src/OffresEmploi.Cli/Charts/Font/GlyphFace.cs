namespace OffresEmploi.Cli.Charts.Font;

/// <summary>One face of the glyph atlas: a <see cref="ChartFontFace"/> rasterised into anti-aliased glyph bitmaps.</summary>
internal sealed class GlyphFace
{
    private readonly Dictionary<char, int> _index;
    private readonly Dictionary<int, int> _kerning;

    /// <summary>Creates a face.</summary>
    /// <param name="face">The style, size and weight.</param>
    /// <param name="ascent">Pixels above the baseline that the font's tallest glyphs reach.</param>
    /// <param name="descent">Pixels below the baseline that its descenders reach.</param>
    /// <param name="glyphs">The glyphs, in character order.</param>
    /// <param name="kerning">The kerning pairs, in (left, right) order.</param>
    /// <param name="coverage">The glyph bitmaps, row by row, one byte of coverage per pixel.</param>
    public GlyphFace(ChartFontFace face, int ascent, int descent, IReadOnlyList<Glyph> glyphs, IReadOnlyList<KerningPair> kerning, byte[] coverage)
    {
        Face = face;
        Ascent = ascent;
        Descent = descent;
        Glyphs = glyphs;
        Kerning = kerning;
        Coverage = coverage;
        _index = new Dictionary<char, int>(glyphs.Count);
        for (var i = 0; i < glyphs.Count; i++)
        {
            _index[glyphs[i].Character] = i;
        }

        _kerning = kerning.ToDictionary(pair => Key(pair.Left, pair.Right), pair => pair.Adjust64);
    }

    /// <summary>Gets the style, size and weight.</summary>
    public ChartFontFace Face { get; }

    /// <summary>Gets how many pixels above the baseline the font reaches.</summary>
    public int Ascent { get; }

    /// <summary>Gets how many pixels below the baseline the font reaches.</summary>
    public int Descent { get; }

    /// <summary>Gets the glyphs, in character order.</summary>
    public IReadOnlyList<Glyph> Glyphs { get; }

    /// <summary>Gets the kerning pairs.</summary>
    public IReadOnlyList<KerningPair> Kerning { get; }

    /// <summary>Gets the bitmaps of every glyph, one coverage byte per pixel.</summary>
    public byte[] Coverage { get; }

    /// <summary>Finds the glyph of a character.</summary>
    /// <param name="character">The character.</param>
    /// <param name="glyph">The glyph, when the face has it.</param>
    /// <returns>Whether the face has the character.</returns>
    public bool TryGetGlyph(char character, out Glyph glyph)
    {
        var found = _index.TryGetValue(character, out var i);
        glyph = found ? Glyphs[i] : default;
        return found;
    }

    /// <summary>Gets the glyph of a character, or the replacement mark (U+FFFD) when the face lacks it.</summary>
    /// <param name="character">The character.</param>
    /// <returns>The glyph to draw.</returns>
    public Glyph GetGlyphOrReplacement(char character) =>
        TryGetGlyph(character, out var glyph) ? glyph : Glyphs[_index[GlyphRepertoire.Replacement]];

    /// <summary>Gets the kerning between two characters.</summary>
    /// <param name="left">The first character.</param>
    /// <param name="right">The next one.</param>
    /// <returns>The adjustment in 1/64 pixel; 0 when the pair is not kerned.</returns>
    public int GetKerning64(char left, char right) => _kerning.GetValueOrDefault(Key(left, right));

    /// <summary>Measures a line of text as the PNG renderer lays it out.</summary>
    /// <param name="text">The text (one line).</param>
    /// <returns>The advance width in pixels.</returns>
    public double MeasureWidth(string text)
    {
        var width64 = 0;
        for (var i = 0; i < text.Length; i++)
        {
            width64 += GetGlyphOrReplacement(text[i]).Advance64;
            if (i > 0)
            {
                width64 += GetKerning64(text[i - 1], text[i]);
            }
        }

        return width64 / 64.0;
    }

    /// <summary>Gets the bitmap of a glyph: <see cref="Glyph.Height"/> rows of <see cref="Glyph.Width"/> bytes.</summary>
    /// <param name="glyph">A glyph of this face.</param>
    /// <returns>The coverage bytes.</returns>
    public ReadOnlySpan<byte> CoverageOf(Glyph glyph) => Coverage.AsSpan(glyph.Offset, glyph.Width * glyph.Height);

    private static int Key(char left, char right) => (left << 16) | right;
}
