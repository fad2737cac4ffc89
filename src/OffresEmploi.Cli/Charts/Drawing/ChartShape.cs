namespace OffresEmploi.Cli.Charts.Drawing;

/// <summary>One primitive of a <see cref="ChartDrawing"/>, in pixels from the top-left corner; later shapes paint over earlier ones.</summary>
/// <remarks>The primitives are all that the two back ends share: <c>PngRenderer</c> rasterises them, <c>SvgRenderer</c> writes them.</remarks>
internal abstract record ChartShape;
