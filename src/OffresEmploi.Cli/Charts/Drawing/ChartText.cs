using OffresEmploi.Cli.Charts.Font;

namespace OffresEmploi.Cli.Charts.Drawing;

/// <summary>One line of text, possibly in several colours, placed by its baseline.</summary>
/// <param name="X">The anchor's column.</param>
/// <param name="Baseline">The baseline's row.</param>
/// <param name="Font">The style (face, size, weight).</param>
/// <param name="Anchor">Which point of the line <paramref name="X"/> is.</param>
/// <param name="Spans">The runs, left to right.</param>
internal sealed record ChartText(int X, int Baseline, ChartFont Font, TextAnchor Anchor, IReadOnlyList<TextSpan> Spans) : ChartShape
{
    /// <summary>Creates a line in one colour.</summary>
    /// <param name="x">The anchor's column.</param>
    /// <param name="baseline">The baseline's row.</param>
    /// <param name="font">The style.</param>
    /// <param name="anchor">Which point of the line <paramref name="x"/> is.</param>
    /// <param name="text">The text.</param>
    /// <param name="color">Its colour.</param>
    public ChartText(int x, int baseline, ChartFont font, TextAnchor anchor, string text, ChartColor color)
        : this(x, baseline, font, anchor, [new TextSpan(text, color)])
    {
    }

    /// <summary>Gets the whole line.</summary>
    public string Text => string.Concat(Spans.Select(span => span.Text));
}
