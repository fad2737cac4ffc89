using OffresEmploi.Cli.Charts;
using OffresEmploi.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OffresEmploi.Cli.Rendering;

/// <summary>The facets as terminal bar charts: one titled chart per filter.</summary>
/// <remarks>The bars are drawn here rather than by Spectre's <c>BarChart</c>, which gives its labels half of its width and
/// wraps a longer label onto a second line, away from its bar. Here the labels get the room the bars can spare (a bar keeps
/// at least <see cref="MinBarWidth"/> cells), and a label longer than that is shortened at a word, with "…", before its code.</remarks>
internal static class FacetView
{
    private static readonly Color[] Palette = [Color.SteelBlue1, Color.DarkOrange, Color.Green3, Color.Red3, Color.MediumPurple2, Color.Tan, Color.HotPink, Color.Grey62, Color.Yellow3, Color.DarkCyan];

    // Labels longer than this are shortened even on a wide console: the bars stay close to their labels.
    private const int MaxLabelLength = 36;

    private const int MinBarWidth = 10;
    private const int Gap = 2;

    /// <summary>Builds the charts.</summary>
    /// <param name="facets">The facets.</param>
    /// <param name="width">The console width; charts use it up to 110 columns.</param>
    /// <returns>The renderable.</returns>
    public static IRenderable Create(IReadOnlyList<Facet> facets, int width)
    {
        var chartWidth = Math.Clamp(width - 1, 20, 110);
        var rows = new List<IRenderable>();
        foreach (var facet in facets)
        {
            rows.Add(new Markup($"[bold]{Markup.Escape(facet.Title)}[/] [dim]({Markup.Escape(facet.Filtre)}, {Formats.Count(facet.Total)})[/]"));
            rows.Add(Chart(facet, chartWidth));
            rows.Add(new Text(""));
        }

        return new Rows(rows);
    }

    private static Grid Chart(Facet facet, int chartWidth)
    {
        var values = facet.Items.Select(item => Formats.Count(item.Count)).ToList();
        var valueWidth = values.Max(WordWrap.Width);
        var labelWidth = Math.Max(4, Math.Min(MaxLabelLength, chartWidth - Gap - MinBarWidth - 1 - valueWidth));
        var labels = facet.Items.Select(item => Label(item, labelWidth)).ToList();
        labelWidth = Math.Min(labelWidth, labels.Max(WordWrap.Width));
        var barWidth = Math.Max(1, chartWidth - labelWidth - Gap - 1 - valueWidth);
        var max = Math.Max(1, facet.Items.Max(item => item.Count));

        var grid = new Grid()
            .AddColumn(new GridColumn().Width(labelWidth).NoWrap().RightAligned().Padding(0, 0, Gap, 0))
            .AddColumn(new GridColumn().NoWrap().Padding(0, 0, 0, 0));
        for (var i = 0; i < facet.Items.Count; i++)
        {
            var bar = new string('█', (int)Math.Round((double)barWidth * facet.Items[i].Count / max));
            var drawn = bar.Length == 0 ? "" : $"[{Palette[i % Palette.Length].ToMarkup()}]{bar}[/] ";
            grid.AddRow(new Text(labels[i]), new Markup(drawn + values[i]));
        }

        return grid;
    }

    // "Contrat à durée indéterminée (CDI)": the label shortened at a word so that, with its code, it fits the width.
    private static string Label(FacetItem item, int width) =>
        item.LabelShowsCode ? WordWrap.Shorten(item.Label, width) : $"{WordWrap.Shorten(item.Label, width - item.Code.Length - 3)} ({item.Code})";
}
