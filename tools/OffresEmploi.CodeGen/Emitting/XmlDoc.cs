using System.Text;

namespace OffresEmploi.CodeGen.Emitting;

/// <summary>Turns spec prose into XML documentation lines.</summary>
internal static class XmlDoc
{
    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// One element (<c>summary</c>, <c>remarks</c>, <c>param</c>...) around escaped prose. Single-line prose stays on one
    /// line; paragraphs (blank-line separated) become <c>&lt;para&gt;</c> blocks so they survive IntelliSense rendering.
    /// </summary>
    public static IEnumerable<string> Element(string tag, string text, string? attributes = null)
    {
        var open = attributes is null ? $"<{tag}>" : $"<{tag} {attributes}>";
        var close = $"</{tag}>";
        var paragraphs = Paragraphs(text);
        if (paragraphs.Count == 1 && paragraphs[0].Count == 1)
        {
            yield return open + paragraphs[0][0] + close;
            yield break;
        }

        yield return open;
        foreach (var paragraph in paragraphs)
        {
            if (paragraphs.Count > 1)
            {
                yield return "<para>";
            }

            foreach (var line in paragraph)
            {
                yield return line;
            }

            if (paragraphs.Count > 1)
            {
                yield return "</para>";
            }
        }

        yield return close;
    }

    /// <summary>One element around markup the emitter wrote itself (already escaped where needed), on one line.</summary>
    public static IEnumerable<string> Markup(string tag, string markup, string? attributes = null)
    {
        yield return (attributes is null ? $"<{tag}>" : $"<{tag} {attributes}>") + markup + $"</{tag}>";
    }

    /// <summary>Spec prose when there is some, else the emitter's fallback markup.</summary>
    public static IEnumerable<string> ProseOr(string tag, string? prose, string fallbackMarkup, string? attributes = null) =>
        prose is null ? Markup(tag, fallbackMarkup, attributes) : Element(tag, prose, attributes);

    /// <summary>Escapes raw text for use inside an already-open element (no line breaks expected).</summary>
    public static string Inline(string text) => Escape(Collapse(text));

    private static List<List<string>> Paragraphs(string text)
    {
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(Escape(line.Trim()));
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        return paragraphs.Count > 0 ? paragraphs : [[""]];
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
