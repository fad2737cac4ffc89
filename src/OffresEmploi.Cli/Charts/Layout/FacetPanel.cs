using OffresEmploi.Cli.Charts.Drawing;
using OffresEmploi.Cli.Charts.Font;
using OffresEmploi.Cli.Infrastructure;

namespace OffresEmploi.Cli.Charts.Layout;

/// <summary>
/// One facet as a horizontal bar chart: its title and total, then one row per value (label right-aligned and wrapped,
/// never cut; bar; count at the bar's end) over vertical grid lines, with the count axis' ticks below.
/// </summary>
internal sealed class FacetPanel
{
    /// <summary>The space between the panel's edge and its content, left and right.</summary>
    public const int Padding = 24;

    private const int Top = 10;
    private const int HeadingHeight = 30;
    private const int RowHeight = 28;
    private const int LabelLineHeight = 16;
    private const int BarThickness = 18;
    private const int LabelGap = 10;
    private const int CountGap = 6;
    private const int AxisHeight = 20;
    private const int Bottom = 18;

    // Half a capital's height in the Body face (13 px DejaVu Sans: 9.5 px): a baseline this far below a row's middle
    // centres the text on the bar.
    private const int BodyCapHalf = 5;
    private const int BodyBaselineInLine = (LabelLineHeight / 2) + BodyCapHalf;

    private static readonly GlyphFace Body = GlyphAtlas.Face(ChartFont.Body);

    private readonly Facet _facet;
    private readonly int _index;
    private readonly int _labelWidth;
    private readonly int _figureTotal;
    private readonly IReadOnlyList<IReadOnlyList<string>> _labels;

    /// <summary>Lays out a panel's rows.</summary>
    /// <param name="facet">The facet.</param>
    /// <param name="index">Its position in the figure (picks the bar colour).</param>
    /// <param name="labelWidth">The label column's width, shared by the panels of a grid column so their bars line up.</param>
    /// <param name="figureTotal">The total the subtitle gives; a panel whose counts add up to another total says so.</param>
    public FacetPanel(Facet facet, int index, int labelWidth, int figureTotal)
    {
        _figureTotal = figureTotal;
        _facet = facet;
        _index = index;
        _labelWidth = labelWidth;
        _labels = [.. facet.Items.Select(item => TextWrap.Lines(LabelOf(item), Body, labelWidth))];
        Height = Top + HeadingHeight + _labels.Sum(RowHeightOf) + AxisHeight + Bottom;
    }

    /// <summary>Gets the height the panel needs.</summary>
    public int Height { get; }

    /// <summary>The text beside a bar: the label, and the code users type in options when it is not already the label.</summary>
    /// <param name="item">The value.</param>
    /// <returns>"Contrat à durée indéterminée (CDI)", "CDI", "4 (code non documenté)".</returns>
    public static string LabelOf(FacetItem item) =>
        item.LabelShowsCode ? item.Label : $"{item.Label} ({item.Code})";

    /// <summary>Measures the widest label of a facet on one line.</summary>
    /// <param name="facet">The facet.</param>
    /// <returns>The width in pixels, rounded up.</returns>
    public static int WidestLabel(Facet facet) => (int)Math.Ceiling(facet.Items.Max(item => Body.MeasureWidth(LabelOf(item))));

    /// <summary>Draws the panel.</summary>
    /// <param name="x">The panel's left edge.</param>
    /// <param name="y">The panel's top edge.</param>
    /// <param name="width">The panel's width.</param>
    /// <returns>The panel's shapes.</returns>
    public ChartGroup Draw(int x, int y, int width)
    {
        var shapes = new List<ChartShape>();
        var left = x + Padding;
        var right = x + width - Padding;
        shapes.Add(new ChartText(left, y + Top + 16, ChartFont.Heading, TextAnchor.Start, _facet.Title, ChartPalette.Text));
        if (_facet.Total != _figureTotal)
        {
            shapes.Add(new ChartText(right, y + Top + 16, ChartFont.Body, TextAnchor.End, Formats.Count(_facet.Total, "offre"), ChartPalette.Muted));
        }

        var counts = _facet.Items.Select(item => Formats.Count(item.Count)).ToList();
        var barLeft = left + _labelWidth + LabelGap;
        var barSpace = right - barLeft - CountGap - (int)Math.Ceiling(counts.Max(Body.MeasureWidth));
        var scale = AxisScale.For(_facet.Items.Max(item => item.Count));
        var rowsTop = y + Top + HeadingHeight;
        var rowsBottom = rowsTop + _labels.Sum(RowHeightOf);
        DrawAxis(shapes, scale, barLeft, barSpace, rowsTop, rowsBottom);

        var rowTop = rowsTop;
        for (var i = 0; i < _facet.Items.Count; i++)
        {
            var item = _facet.Items[i];
            var rowHeight = RowHeightOf(_labels[i]);
            var middle = rowTop + (rowHeight / 2);
            var length = item.Count == 0 ? 0 : Math.Max(1, (int)Math.Round(item.Count * (double)barSpace / scale.Max));
            shapes.Add(new ChartRect(barLeft, middle - (BarThickness / 2), length, BarThickness, ChartPalette.Bar(_index))
            {
                Role = "bar",
                Tooltip = $"{LabelOf(item)} : {counts[i]}",
            });
            shapes.Add(new ChartText(barLeft + length + CountGap, middle + BodyCapHalf, ChartFont.Body, TextAnchor.Start, counts[i], ChartPalette.Text));
            DrawLabel(shapes, item, _labels[i], barLeft - LabelGap, middle - (_labels[i].Count * LabelLineHeight / 2));
            rowTop += rowHeight;
        }

        return new ChartGroup($"panel-{_facet.Filtre}", shapes);
    }

    private static int RowHeightOf(IReadOnlyList<string> lines) => Math.Max(RowHeight, (lines.Count * LabelLineHeight) + 12);

    private static void DrawAxis(List<ChartShape> shapes, AxisScale scale, int barLeft, int barSpace, int rowsTop, int rowsBottom)
    {
        foreach (var tick in scale.Ticks)
        {
            var x = barLeft + (int)Math.Round(tick * (double)barSpace / scale.Max);
            if (tick > 0)
            {
                shapes.Add(new ChartLine(x, rowsTop, rowsBottom - rowsTop, Vertical: true, ChartPalette.Grid));
            }

            shapes.Add(new ChartText(x, rowsBottom + 15, ChartFont.Small, TextAnchor.Middle, Formats.Count(tick), ChartPalette.Muted));
        }

        // The zero line goes over the grid, under the bars' ends.
        shapes.Add(new ChartLine(barLeft - 1, rowsTop, rowsBottom - rowsTop, Vertical: true, ChartPalette.Axis));
    }

    // Right-aligned lines; the code the label ends with ("(CDI)") is greyed, like the terminal view's dim codes.
    private static void DrawLabel(List<ChartShape> shapes, FacetItem item, IReadOnlyList<string> lines, int right, int top)
    {
        var code = $"({item.Code})";
        for (var line = 0; line < lines.Count; line++)
        {
            var text = lines[line];
            IReadOnlyList<TextSpan> spans = line == lines.Count - 1 && text.EndsWith(code, StringComparison.Ordinal) && LabelOf(item) != item.Label
                ? [new TextSpan(text[..^code.Length], ChartPalette.Text), new TextSpan(code, ChartPalette.Muted)]
                : [new TextSpan(text, ChartPalette.Text)];
            shapes.Add(new ChartText(right, top + (line * LabelLineHeight) + BodyBaselineInLine, ChartFont.Body, TextAnchor.End, spans));
        }
    }
}
