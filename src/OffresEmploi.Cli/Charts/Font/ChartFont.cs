namespace OffresEmploi.Cli.Charts.Font;

/// <summary>The text styles of a chart; each is one face of the glyph atlas, rasterised at one pixel size.</summary>
/// <remarks>The numbers are the face ids stored in <c>glyphs.bin</c>: never renumber one.</remarks>
internal enum ChartFont : byte
{
    /// <summary>Axis ticks: DejaVu Sans, 11 px.</summary>
    Small = 0,

    /// <summary>Bar labels, counts, the subtitle: DejaVu Sans, 13 px.</summary>
    Body = 1,

    /// <summary>Panel titles: DejaVu Sans Bold, 15 px.</summary>
    Heading = 2,

    /// <summary>The figure's title: DejaVu Sans Bold, 20 px.</summary>
    Title = 3,
}
