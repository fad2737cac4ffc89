using OffresEmploi.Cli.Charts.Drawing;
using OffresEmploi.Cli.Charts.Font;
using OffresEmploi.Cli.Infrastructure;

namespace OffresEmploi.Cli.Charts.Layout;

/// <summary>
/// Lays the facets out as one figure: the title (wrapped, never cut) and a subtitle above a grid of
/// <see cref="FacetPanel"/>s, two per row, each a horizontal bar chart.
/// </summary>
/// <remarks>The layout follows the seed project's seaborn figure (a bar plot faceted by <c>filtre</c>): one panel per
/// filter with its own count axis; bars are horizontal so French labels stay whole and readable.</remarks>
internal static class FacetChartLayout
{
    /// <summary>The width of one panel, in pixels.</summary>
    public const int PanelWidth = 640;

    /// <summary>The minimum height of one panel, in pixels.</summary>
    public const int MinPanelHeight = 180;

    /// <summary>The most panels side by side.</summary>
    public const int Columns = 2;

    private const int Margin = 24;
    private const int TitleLineHeight = 26;
    private const int SubtitleHeight = 22;

    // A label wider than this share of a panel's content wraps, so the bars keep room.
    private const double MaxLabelShare = 0.48;

    /// <summary>Lays the figure out.</summary>
    /// <param name="facets">The facets; at least one.</param>
    /// <param name="title">The figure's title.</param>
    /// <returns>The drawing both back ends render.</returns>
    public static ChartDrawing Create(IReadOnlyList<Facet> facets, string title)
    {
        ArgumentOutOfRangeException.ThrowIfZero(facets.Count);
        var columns = Math.Min(Columns, facets.Count);
        var width = columns * PanelWidth;
        var shapes = new List<ChartShape>();

        var y = Margin;
        var titleFace = GlyphAtlas.Face(ChartFont.Title);
        foreach (var line in TextWrap.Lines(title, titleFace, width - (2 * Margin)))
        {
            shapes.Add(new ChartText(Margin, y + titleFace.Ascent, ChartFont.Title, TextAnchor.Start, line, ChartPalette.Ink));
            y += TitleLineHeight;
        }

        var total = facets.Max(f => f.Total);
        shapes.Add(new ChartText(Margin, y + 14, ChartFont.Body, TextAnchor.Start, $"{Formats.Count(total, "offre")}, {(total == 1 ? "répartie" : "réparties")} par filtre", ChartPalette.Muted));
        y += SubtitleHeight;
        shapes.Add(new ChartLine(Margin, y, width - (2 * Margin), Vertical: false, ChartPalette.Grid));
        y += 8;

        var maxLabel = (int)((PanelWidth - (2 * FacetPanel.Padding)) * MaxLabelShare);
        var labelWidths = Enumerable.Range(0, columns)
            .Select(column => Math.Min(maxLabel, facets.Where((_, i) => i % columns == column).Max(FacetPanel.WidestLabel)))
            .ToArray();
        var panels = facets.Select((facet, i) => new FacetPanel(facet, i, labelWidths[i % columns], total)).ToList();
        for (var row = 0; row * columns < panels.Count; row++)
        {
            var inRow = panels.Skip(row * columns).Take(columns).ToList();
            for (var column = 0; column < inRow.Count; column++)
            {
                shapes.Add(inRow[column].Draw(column * PanelWidth, y, PanelWidth));
            }

            y += Math.Max(MinPanelHeight, inRow.Max(p => p.Height));
        }

        return new ChartDrawing(width, y + (Margin / 2), title, ChartColor.White, shapes);
    }
}
