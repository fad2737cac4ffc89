using System.Globalization;

namespace OffresEmploi.Cli.Charts.Drawing;

/// <summary>An opaque sRGB colour.</summary>
/// <param name="R">Red, 0 to 255.</param>
/// <param name="G">Green, 0 to 255.</param>
/// <param name="B">Blue, 0 to 255.</param>
internal readonly record struct ChartColor(byte R, byte G, byte B)
{
    /// <summary>White, the charts' background.</summary>
    public static readonly ChartColor White = new(255, 255, 255);

    /// <summary>Makes a colour from <c>0xRRGGBB</c>.</summary>
    /// <param name="rgb">The colour as written in CSS, without the <c>#</c>.</param>
    /// <returns>The colour.</returns>
    public static ChartColor FromRgb(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);

    /// <summary>Writes the colour as SVG and CSS do.</summary>
    /// <returns><c>#rrggbb</c>.</returns>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");
}
