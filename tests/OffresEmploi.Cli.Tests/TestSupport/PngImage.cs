namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>A decoded RGB image (<see cref="PngFile.Decode(string)"/>).</summary>
internal sealed record PngImage(int Width, int Height, byte[] Rgb)
{
    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 3;
            return (Rgb[i], Rgb[i + 1], Rgb[i + 2]);
        }
    }

    /// <summary>The pixels of a box, clipped to the image.</summary>
    public IEnumerable<(int X, int Y, (byte R, byte G, byte B) Color)> Pixels(int x, int y, int width, int height)
    {
        for (var row = Math.Max(0, y); row < Math.Min(Height, y + height); row++)
        {
            for (var column = Math.Max(0, x); column < Math.Min(Width, x + width); column++)
            {
                yield return (column, row, this[column, row]);
            }
        }
    }

    /// <summary>Whether a pixel is ink on white: darker than a light grey in every channel.</summary>
    public bool IsInk(int x, int y)
    {
        var (r, g, b) = this[x, y];
        return Math.Max(r, Math.Max(g, b)) < 200;
    }
}
