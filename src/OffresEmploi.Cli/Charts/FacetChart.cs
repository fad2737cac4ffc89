using OffresEmploi.Cli.Charts.Drawing;
using OffresEmploi.Cli.Charts.Layout;
using OffresEmploi.Cli.Charts.Png;
using OffresEmploi.Cli.Charts.Svg;

namespace OffresEmploi.Cli.Charts;

/// <summary>
/// Draws the facets as one horizontal bar chart per filter, two side by side, under a title, into a PNG or an SVG file.
/// </summary>
/// <remarks>
/// One layout (<see cref="FacetChartLayout"/>) makes the primitives; the PNG is rasterised in managed code with the
/// embedded DejaVu Sans glyph atlas and the SVG is written as text, so charts need no native library and the CLI
/// publishes as Native AOT.
/// </remarks>
internal static class FacetChart
{
    /// <summary>The width of one panel, in pixels.</summary>
    public const int PanelWidth = FacetChartLayout.PanelWidth;

    /// <summary>The minimum height of one panel, in pixels.</summary>
    public const int MinPanelHeight = FacetChartLayout.MinPanelHeight;

    /// <summary>Renders the facets and writes the PNG.</summary>
    /// <param name="facets">The facets; at least one.</param>
    /// <param name="title">A caption for the whole figure (shown above the panels, wrapped when long).</param>
    /// <param name="path">The PNG file to write; its folder must exist.</param>
    /// <returns>The image size in pixels.</returns>
    public static (int Width, int Height) SavePng(IReadOnlyList<Facet> facets, string title, string path) =>
        Save(facets, title, path, PngRenderer.Write);

    /// <summary>Renders the facets and writes the SVG: the same figure as <see cref="SavePng"/>, as vector text.</summary>
    /// <param name="facets">The facets; at least one.</param>
    /// <param name="title">A caption for the whole figure (shown above the panels, wrapped when long).</param>
    /// <param name="path">The SVG file to write; its folder must exist.</param>
    /// <returns>The figure's size in pixels (its <c>viewBox</c>).</returns>
    public static (int Width, int Height) SaveSvg(IReadOnlyList<Facet> facets, string title, string path) =>
        Save(facets, title, path, SvgRenderer.Write);

    private static (int Width, int Height) Save(IReadOnlyList<Facet> facets, string title, string path, Action<ChartDrawing, Stream> write)
    {
        var drawing = FacetChartLayout.Create(facets, title);
        using (var file = File.Create(path))
        {
            write(drawing, file);
        }

        return (drawing.Width, drawing.Height);
    }
}
