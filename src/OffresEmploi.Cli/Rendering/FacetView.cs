using OffresEmploi.Cli.Charts;
using OffresEmploi.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OffresEmploi.Cli.Rendering;

/// <summary>The facets as terminal bar charts: one titled chart per filter.</summary>
internal static class FacetView
{
    private static readonly Color[] Palette = [Color.SteelBlue1, Color.DarkOrange, Color.Green3, Color.Red3, Color.MediumPurple2, Color.Tan, Color.HotPink, Color.Grey62, Color.Yellow3, Color.DarkCyan];

    // Longer labels wrap inside the chart's label column and break the bars' alignment.
    private const int MaxLabelLength = 36;

    /// <summary>Builds the charts.</summary>
    /// <param name="facets">The facets.</param>
    /// <param name="width">The console width; charts use it up to 110 columns.</param>
    /// <returns>The renderable.</returns>
    public static IRenderable Create(IReadOnlyList<Facet> facets, int width)
    {
        var rows = new List<IRenderable>();
        foreach (var facet in facets)
        {
            var chart = new BarChart()
                .Width(Math.Clamp(width - 1, 40, 110))
                .Label($"[bold]{Markup.Escape(facet.Title)}[/] [dim]({Markup.Escape(facet.Filtre)}, {Formats.Count(facet.Total)})[/]")
                .LeftAlignLabel()
                .UseValueFormatter(value => Formats.Count((long)value));
            for (var i = 0; i < facet.Items.Count; i++)
            {
                var item = facet.Items[i];
                var label = item.Label == item.Code ? item.Code : $"{Cut(item.Label, MaxLabelLength - item.Code.Length - 3)} ({item.Code})";
                chart.AddItem(Markup.Escape(label), item.Count, Palette[i % Palette.Length]);
            }

            rows.Add(chart);
            rows.Add(new Text(""));
        }

        return new Rows(rows);
    }

    private static string Cut(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
