using System.Globalization;
using System.Text;
using OffresEmploi.Cli.Charts.Drawing;
using OffresEmploi.Cli.Charts.Font;

namespace OffresEmploi.Cli.Charts.Svg;

/// <summary>Writes a <see cref="ChartDrawing"/> as an SVG document (UTF-8, no BOM), one element per primitive.</summary>
/// <remarks>
/// Positions and widths come from the same layout as the PNG, measured with DejaVu Sans; the SVG names that family
/// first and falls back to Verdana (as wide) and the viewer's sans-serif. Labels are right-aligned with
/// <c>text-anchor="end"</c>, so a narrower fallback font still ends them against the bars.
/// </remarks>
internal static class SvgRenderer
{
    private const string FontFamily = "'DejaVu Sans', Verdana, sans-serif";

    /// <summary>Writes the document.</summary>
    /// <param name="drawing">The drawing.</param>
    /// <param name="output">Where the file goes.</param>
    public static void Write(ChartDrawing drawing, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        writer.Write(ToSvg(drawing));
    }

    /// <summary>Builds the document.</summary>
    /// <param name="drawing">The drawing.</param>
    /// <returns>The SVG text.</returns>
    public static string ToSvg(ChartDrawing drawing)
    {
        var svg = new StringBuilder();
        svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{drawing.Width}\" height=\"{drawing.Height}\" viewBox=\"0 0 {drawing.Width} {drawing.Height}\" font-family=\"{FontFamily}\" xml:space=\"preserve\" role=\"img\">\n");
        Append(svg, $"<title>{Escape(drawing.Title)}</title>\n");
        Append(svg, $"<rect width=\"{drawing.Width}\" height=\"{drawing.Height}\" fill=\"{drawing.Background.ToHex()}\"/>\n");
        foreach (var shape in drawing.Shapes)
        {
            WriteShape(svg, shape);
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void WriteShape(StringBuilder svg, ChartShape shape)
    {
        switch (shape)
        {
            case ChartGroup group:
                Append(svg, $"<g id=\"{Escape(group.Id)}\">\n");
                foreach (var child in group.Shapes)
                {
                    WriteShape(svg, child);
                }

                svg.Append("</g>\n");
                break;
            case ChartRect rect:
                var role = rect.Role is null ? "" : $" class=\"{Escape(rect.Role)}\"";
                Append(svg, $"<rect{role} x=\"{rect.X}\" y=\"{rect.Y}\" width=\"{rect.Width}\" height=\"{rect.Height}\" fill=\"{rect.Fill.ToHex()}\"");
                svg.Append(rect.Tooltip is null ? "/>\n" : $"><title>{Escape(rect.Tooltip)}</title></rect>\n");
                break;
            case ChartLine line:
                // A one-pixel stroke centred on the pixel's middle covers exactly the PNG's pixels.
                var (x1, y1) = line.Vertical ? (line.X + 0.5, (double)line.Y) : (line.X, line.Y + 0.5);
                var (x2, y2) = line.Vertical ? (x1, y1 + line.Length) : (x1 + line.Length, y1);
                Append(svg, $"<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"{line.Stroke.ToHex()}\" stroke-width=\"1\"/>\n");
                break;
            case ChartText text:
                WriteText(svg, text);
                break;
            default:
                throw new NotSupportedException($"The SVG renderer cannot write a {shape.GetType().Name}.");
        }
    }

    private static void WriteText(StringBuilder svg, ChartText text)
    {
        var face = ChartFontFace.Of(text.Font);
        var anchor = text.Anchor switch
        {
            TextAnchor.Middle => " text-anchor=\"middle\"",
            TextAnchor.End => " text-anchor=\"end\"",
            _ => "",
        };
        var weight = face.Bold ? " font-weight=\"bold\"" : "";
        Append(svg, $"<text x=\"{text.X}\" y=\"{text.Baseline}\" font-size=\"{face.PixelSize}\"{weight}{anchor} fill=\"{text.Spans[0].Color.ToHex()}\">");
        svg.Append(Escape(text.Spans[0].Text));
        foreach (var span in text.Spans.Skip(1))
        {
            Append(svg, $"<tspan fill=\"{span.Color.ToHex()}\">{Escape(span.Text)}</tspan>");
        }

        svg.Append("</text>\n");
    }

    private static void Append(StringBuilder svg, FormattableString text) => svg.Append(text.ToString(CultureInfo.InvariantCulture));

    /// <summary>Escapes text for XML content and attribute values; drops the characters XML 1.0 cannot hold.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\t' or '\n' or '\r': escaped.Append(' '); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    escaped.Append(c).Append(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF': break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
