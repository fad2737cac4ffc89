namespace OffresEmploi.Cli.Charts.Font;

/// <summary>How one <see cref="ChartFont"/> is drawn: the size and weight the atlas generator rasterises it at.</summary>
/// <param name="Font">The style.</param>
/// <param name="PixelSize">The em size in pixels (SVG <c>font-size</c>).</param>
/// <param name="Bold">Whether the face is DejaVu Sans Bold rather than DejaVu Sans.</param>
internal sealed record ChartFontFace(ChartFont Font, int PixelSize, bool Bold)
{
    /// <summary>Gets every face, in <see cref="ChartFont"/> order: the generator's input and the atlas' table of contents.</summary>
    public static IReadOnlyList<ChartFontFace> All { get; } =
    [
        new(ChartFont.Small, 11, false),
        new(ChartFont.Body, 13, false),
        new(ChartFont.Heading, 15, true),
        new(ChartFont.Title, 20, true),
    ];

    /// <summary>Gets the face of a style.</summary>
    /// <param name="font">The style.</param>
    /// <returns>The face.</returns>
    public static ChartFontFace Of(ChartFont font) => All[(int)font];
}
