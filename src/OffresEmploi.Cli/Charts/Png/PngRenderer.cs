using OffresEmploi.Cli.Charts.Drawing;

namespace OffresEmploi.Cli.Charts.Png;

/// <summary>Rasterises a <see cref="ChartDrawing"/> in managed code and writes it as a PNG (no native library).</summary>
internal static class PngRenderer
{
    /// <summary>Paints the drawing's shapes, back to front.</summary>
    /// <param name="drawing">The drawing.</param>
    /// <returns>The canvas.</returns>
    public static PngCanvas Render(ChartDrawing drawing)
    {
        var canvas = new PngCanvas(drawing.Width, drawing.Height, drawing.Background);
        foreach (var shape in drawing.Flatten())
        {
            switch (shape)
            {
                case ChartRect rect:
                    canvas.Fill(rect.X, rect.Y, rect.Width, rect.Height, rect.Fill);
                    break;
                case ChartLine line:
                    canvas.Fill(line.X, line.Y, line.Vertical ? 1 : line.Length, line.Vertical ? line.Length : 1, line.Stroke);
                    break;
                case ChartText text:
                    canvas.DrawText(text);
                    break;
                default:
                    throw new NotSupportedException($"The PNG renderer cannot draw a {shape.GetType().Name}.");
            }
        }

        return canvas;
    }

    /// <summary>Renders the drawing and writes the PNG.</summary>
    /// <param name="drawing">The drawing.</param>
    /// <param name="output">Where the file goes.</param>
    public static void Write(ChartDrawing drawing, Stream output)
    {
        var canvas = Render(drawing);
        PngEncoder.Write(output, canvas.Width, canvas.Height, canvas.Pixels);
    }
}
