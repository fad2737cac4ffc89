namespace OffresEmploi.Cli.Charts.Drawing;

/// <summary>A whole figure as primitives: what the layout produces and both back ends render.</summary>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
/// <param name="Title">The figure's title (the SVG's <c>&lt;title&gt;</c>).</param>
/// <param name="Background">The colour under every shape.</param>
/// <param name="Shapes">The shapes, back to front.</param>
internal sealed record ChartDrawing(int Width, int Height, string Title, ChartColor Background, IReadOnlyList<ChartShape> Shapes)
{
    /// <summary>Lists every shape, groups opened, back to front.</summary>
    /// <returns>The shapes other than groups.</returns>
    public IEnumerable<ChartShape> Flatten() => Flatten(Shapes);

    private static IEnumerable<ChartShape> Flatten(IEnumerable<ChartShape> shapes) =>
        shapes.SelectMany(shape => shape is ChartGroup group ? Flatten(group.Shapes) : [shape]);
}
