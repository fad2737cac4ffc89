using Spectre.Console.Rendering;

namespace OffresEmploi.Cli.Rendering;

/// <summary>One line that Spectre leaves whole, however narrow the console: for a URL, which a terminal recognises (and lets
/// you open or copy) only in one piece; the terminal wraps it on screen.</summary>
/// <param name="segments">The line's pieces of text and their styles; none should hold a line break.</param>
internal sealed class UnwrappedLine(params Segment[] segments) : IRenderable
{
    /// <inheritdoc/>
    public Measurement Measure(RenderOptions options, int maxWidth)
    {
        var width = Math.Min(segments.Sum(s => WordWrap.Width(s.Text)), maxWidth);
        return new Measurement(width, width);
    }

    /// <inheritdoc/>
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [.. segments, Segment.LineBreak];
}
