namespace OffresEmploi.Cli.Charts.Drawing;

/// <summary>A one-pixel line along a pixel row or column: grid lines and axes.</summary>
/// <param name="X">The first pixel's column.</param>
/// <param name="Y">The first pixel's row.</param>
/// <param name="Length">How many pixels it covers, rightwards or downwards.</param>
/// <param name="Vertical">Whether it runs down a column rather than along a row.</param>
/// <param name="Stroke">The colour.</param>
internal sealed record ChartLine(int X, int Y, int Length, bool Vertical, ChartColor Stroke) : ChartShape;
