namespace OffresEmploi.Cli.Charts.Drawing;

/// <summary>Which point of a text line its <see cref="ChartText.X"/> gives, as SVG's <c>text-anchor</c>.</summary>
internal enum TextAnchor
{
    /// <summary>The start (left) of the line.</summary>
    Start,

    /// <summary>The middle of the line.</summary>
    Middle,

    /// <summary>The end (right) of the line.</summary>
    End,
}
