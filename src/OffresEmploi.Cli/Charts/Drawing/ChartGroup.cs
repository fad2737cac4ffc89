namespace OffresEmploi.Cli.Charts.Drawing;

/// <summary>Shapes that belong together (one panel), an SVG <c>&lt;g&gt;</c>; the PNG draws them in order.</summary>
/// <param name="Id">An identifier, unique in the drawing (<c>panel-typeContrat</c>).</param>
/// <param name="Shapes">The shapes.</param>
internal sealed record ChartGroup(string Id, IReadOnlyList<ChartShape> Shapes) : ChartShape;
