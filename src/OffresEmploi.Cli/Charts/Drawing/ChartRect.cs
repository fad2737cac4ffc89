namespace OffresEmploi.Cli.Charts.Drawing;

/// <summary>A filled rectangle covering the pixels <c>[X, X + Width) × [Y, Y + Height)</c>.</summary>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge.</param>
/// <param name="Width">The width; 0 draws nothing.</param>
/// <param name="Height">The height; 0 draws nothing.</param>
/// <param name="Fill">The colour.</param>
internal sealed record ChartRect(int X, int Y, int Width, int Height, ChartColor Fill) : ChartShape
{
    /// <summary>Gets what the rectangle stands for (<c>bar</c>), written as the SVG <c>class</c>; null for decoration.</summary>
    public string? Role { get; init; }

    /// <summary>Gets the text an SVG viewer shows on hover (<c>&lt;title&gt;</c>); null for none.</summary>
    public string? Tooltip { get; init; }
}
