namespace OffresEmploi.Cli.Charts.Font;

/// <summary>The glyph atlas embedded in the CLI (<c>Charts/Font/glyphs.bin</c>), read once when a PNG or SVG is laid out.</summary>
internal static class GlyphAtlas
{
    /// <summary>The manifest resource name of <c>glyphs.bin</c>.</summary>
    public const string ResourceName = "OffresEmploi.Cli.Charts.Font." + GlyphAtlasFile.FileName;

    private static readonly Lazy<GlyphAtlasFile> Embedded = new(() => GlyphAtlasFile.Read(ReadEmbeddedBytes()));

    /// <summary>Gets the embedded atlas.</summary>
    public static GlyphAtlasFile Default => Embedded.Value;

    /// <summary>Gets the face of a style in the embedded atlas.</summary>
    /// <param name="font">The style.</param>
    /// <returns>The face.</returns>
    public static GlyphFace Face(ChartFont font) => Default[font];

    /// <summary>Reads the embedded file as it was committed.</summary>
    /// <returns>The bytes.</returns>
    /// <exception cref="InvalidOperationException">The CLI was built without the resource.</exception>
    public static byte[] ReadEmbeddedBytes()
    {
        using var stream = typeof(GlyphAtlas).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The CLI was built without its chart font ({ResourceName}).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
