using OffresEmploi.Cli.Charts.Drawing;

namespace OffresEmploi.Cli.Charts.Layout;

/// <summary>The colours of the facet charts: grey text on white, one bar colour per panel.</summary>
/// <remarks>The bar colours are Tableau 10, the seaborn/matplotlib-era default that reads well in print and for most
/// colour-blind readers; the greys are neutral so the bars carry all the colour.</remarks>
internal static class ChartPalette
{
    /// <summary>The title.</summary>
    public static readonly ChartColor Ink = ChartColor.FromRgb(0x111827);

    /// <summary>Panel titles, bar labels and counts.</summary>
    public static readonly ChartColor Text = ChartColor.FromRgb(0x1F2937);

    /// <summary>The subtitle, codes beside labels, axis ticks.</summary>
    public static readonly ChartColor Muted = ChartColor.FromRgb(0x6B7280);

    /// <summary>Vertical grid lines behind the bars.</summary>
    public static readonly ChartColor Grid = ChartColor.FromRgb(0xE5E7EB);

    /// <summary>The zero line of each panel and the rule under the title.</summary>
    public static readonly ChartColor Axis = ChartColor.FromRgb(0x9CA3AF);

    private static readonly ChartColor[] Bars = [.. new uint[] { 0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC }.Select(ChartColor.FromRgb)];

    /// <summary>Gets the bar colour of a panel.</summary>
    /// <param name="panel">The panel's position in the figure.</param>
    /// <returns>The colour.</returns>
    public static ChartColor Bar(int panel) => Bars[panel % Bars.Length];
}
