using System.Text;
using System.Text.RegularExpressions;

namespace OffresEmploi.CodeGen.Emitting;

/// <summary>Turns spec prose (a little Markdown) into XML documentation lines.</summary>
internal static partial class XmlDoc
{
    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// One element (<c>summary</c>, <c>remarks</c>, <c>param</c>...) around spec prose. Single-line prose stays on one
    /// line; paragraphs become <c>&lt;para&gt;</c> blocks, <c>- item</c> lines a bullet list and <c>`code`</c> spans
    /// <c>&lt;c&gt;</c> elements, so the Markdown of the spec renders in IntelliSense.
    /// </summary>
    public static IEnumerable<string> Element(string tag, string text, string? attributes = null)
    {
        var open = attributes is null ? $"<{tag}>" : $"<{tag} {attributes}>";
        var close = $"</{tag}>";
        var paragraphs = Paragraphs(text);
        if (paragraphs.Count == 1 && paragraphs[0].Count == 1 && !paragraphs[0][0].StartsWith("<list", StringComparison.Ordinal))
        {
            yield return open + paragraphs[0][0] + close;
            yield break;
        }

        yield return open;
        foreach (var paragraph in paragraphs)
        {
            var wrap = paragraphs.Count > 1 && !paragraph[0].StartsWith("<list", StringComparison.Ordinal);
            if (wrap)
            {
                yield return "<para>";
            }

            foreach (var line in paragraph)
            {
                yield return line;
            }

            if (wrap)
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

    /// <summary>Escapes prose for use inside an element the emitter opened (one line, Markdown code spans kept).</summary>
    public static string Inline(string text) => Format(Collapse(text));

    private static string Format(string line) => CodeSpan().Replace(Escape(line), "<c>$1</c>");

    /// <summary>Splits prose into blocks of output lines: paragraphs of text, or one bullet list.</summary>
    private static List<List<string>> Paragraphs(string text)
    {
        var blocks = new List<List<string>>();
        var current = new List<string>();
        var items = new List<StringBuilder>();

        void FlushItems()
        {
            if (items.Count == 0)
            {
                return;
            }

            if (current.Count > 0)
            {
                blocks.Add(current);
                current = [];
            }

            var list = new List<string> { "<list type=\"bullet\">" };
            list.AddRange(items.Select(item => $"<item><description>{Format(item.ToString())}</description></item>"));
            list.Add("</list>");
            blocks.Add(list);
            items.Clear();
        }

        void FlushParagraph()
        {
            FlushItems();
            if (current.Count > 0)
            {
                blocks.Add(current);
                current = [];
            }
        }

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                FlushParagraph();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                items.Add(new StringBuilder(line[2..].Trim()));
            }
            else if (items.Count > 0 && raw.StartsWith(' '))
            {
                items[^1].Append(' ').Append(line);
            }
            else
            {
                FlushItems();
                current.Add(Format(line));
            }
        }

        FlushParagraph();
        return blocks.Count > 0 ? blocks : [[""]];
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

    [GeneratedRegex("`([^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();
}
