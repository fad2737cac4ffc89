namespace OffresEmploi.Cli.Charts.Drawing;

/// <summary>A run of text in one colour, part of a <see cref="ChartText"/> line.</summary>
/// <param name="Text">The characters.</param>
/// <param name="Color">Their colour.</param>
internal sealed record TextSpan(string Text, ChartColor Color);
