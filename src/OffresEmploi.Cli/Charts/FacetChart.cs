using OffresEmploi.Cli.Infrastructure;
using ScottPlot;

namespace OffresEmploi.Cli.Charts;

/// <summary>Draws the facets as one horizontal bar chart per filter, side by side in a grid, into a PNG file.</summary>
/// <remarks>The layout follows the seed project's seaborn figure (a bar plot faceted by <c>filtre</c>):
/// one panel per filter, each with its own axis; bars are horizontal so French labels stay readable.</remarks>
internal static class FacetChart
{
    /// <summary>The width of one panel, in pixels.</summary>
    public const int PanelWidth = 640;

    /// <summary>The minimum height of one panel, in pixels.</summary>
    public const int MinPanelHeight = 300;

    private const int BarHeight = 34;

    // ScottPlot's own "sans" choice can land on a serif face (DejaVu Serif on Debian); pick a sans family that is installed.
    private static readonly string[] SansFamilies = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Segoe UI"];
    private static readonly Lazy<string> FontName = new(() =>
    {
        var installed = SkiaSharp.SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return SansFamilies.FirstOrDefault(installed.Contains) ?? Fonts.Default;
    });
    private const int Columns = 2;
    private const int MaxLabelLength = 38;

    /// <summary>Renders the facets and writes the PNG.</summary>
    /// <param name="facets">The facets; at least one.</param>
    /// <param name="title">A caption for the whole figure (shown above the first panel).</param>
    /// <param name="path">The PNG file to write.</param>
    /// <returns>The image size in pixels.</returns>
    public static (int Width, int Height) SavePng(IReadOnlyList<Facet> facets, string title, string path)
    {
        ArgumentOutOfRangeException.ThrowIfZero(facets.Count);
        var columns = Math.Min(Columns, facets.Count);
        var rows = (facets.Count + columns - 1) / columns;
        var tallest = facets.Max(f => f.Items.Count);
        var panelHeight = Math.Max(MinPanelHeight, 110 + (tallest * BarHeight));

        var multiplot = new Multiplot();
        multiplot.AddPlots(facets.Count);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(rows, columns);
        for (var i = 0; i < facets.Count; i++)
        {
            Draw(multiplot.GetPlot(i), facets[i], i == 0 ? title : null);
        }

        var width = PanelWidth * columns;
        var height = panelHeight * rows;
        multiplot.SavePng(path, width, height);
        return (width, height);
    }

    private static void Draw(Plot plot, Facet facet, string? caption)
    {
        // Largest value on top: bars are drawn bottom-up, so positions run in reverse.
        var count = facet.Items.Count;
        var palette = new ScottPlot.Palettes.Category10();
        var ticks = new double[count];
        var labels = new string[count];
        for (var i = 0; i < count; i++)
        {
            var item = facet.Items[i];
            var position = count - 1 - i;
            var bar = new Bar
            {
                Position = position,
                Value = item.Count,
                FillColor = palette.GetColor(i),
                Label = Formats.Count(item.Count),
                Size = 0.7,
            };
            var plottable = plot.Add.Bar(bar);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 12;
            plottable.ValueLabelStyle.FontName = FontName.Value;
            ticks[position] = position;
            labels[position] = Shorten(item.Label);
        }

        plot.Font.Set(FontName.Value);
        plot.Axes.Left.SetTicks(ticks, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Margins(left: 0, right: 0.18, bottom: 0.04, top: 0.04);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.XLabel("Offres");
        plot.Title(caption is null ? facet.Title : $"{caption}\n{facet.Title}", size: 15);
    }

    private static string Shorten(string label) =>
        label.Length <= MaxLabelLength ? label : string.Concat(label.AsSpan(0, MaxLabelLength - 1), "…");
}
