using System.Globalization;
using System.Text;
using Spectre.Console;

namespace OffresEmploi.Cli.Rendering;

/// <summary>Breaks text into lines between words, so no word is ever split in its middle.</summary>
/// <remarks>Spectre wraps at spaces too, but once a table squeezes a column below its longest word it folds that word
/// anywhere ("photographie" becoming "photographi" / "e"). The tables here wrap their cells themselves. A word longer than the
/// whole line is broken after one of its own hyphens ("ordonnancement-" / "planification"), as typesetting does, so it is
/// still read whole; only a hyphen-free stretch longer than the line is shortened, ending with "…" so the cut shows. A space
/// between a number and three digits ("45 000", "1 801,84") is the French thousands separator, never a break.</remarks>
internal static class WordWrap
{
    private const char Ellipsis = '…';

    /// <summary>The width of a text in terminal cells (an accented letter is one, a wide character two).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of cells.</returns>
    public static int Width(string text) => text.GetCellWidth();

    /// <summary>The width of each word of a text, for <see cref="LineCount"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The widths, in cells.</returns>
    public static int[] WordWidths(string text) => [.. Words(text).Select(Width)];

    /// <summary>How many lines <see cref="Lines"/> makes of a text at a width, from its <see cref="WordWidths"/> (cheaper when
    /// a table tries many widths; a word broken at its hyphens is counted as if cut, close enough to choose widths).</summary>
    /// <param name="wordWidths">The widths of the text's words.</param>
    /// <param name="width">The widest line allowed, in cells.</param>
    /// <returns>The number of lines; 0 for an empty text.</returns>
    public static int LineCount(IReadOnlyList<int> wordWidths, int width)
    {
        width = Math.Max(1, width);
        var lines = 0;
        var lineWidth = 0;
        foreach (var word in wordWidths)
        {
            var fitted = Math.Min(word, width);
            if (lines > 0 && lineWidth + 1 + fitted <= width)
            {
                lineWidth += 1 + fitted;
            }
            else
            {
                lines += word > width ? (word + width - 1) / width : 1;
                lineWidth = word > width ? word % width : fitted;
            }
        }

        return lines;
    }

    /// <summary>Wraps a text to a width.</summary>
    /// <param name="text">The text; runs of whitespace (line breaks included) count as one space.</param>
    /// <param name="width">The widest line allowed, in cells (at least 1).</param>
    /// <returns>The lines, each at most <paramref name="width"/> cells; none for an empty text.</returns>
    public static List<string> Lines(string text, int width)
    {
        width = Math.Max(1, width);
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;
        foreach (var word in Words(text))
        {
            // A word that fits a line is never broken; a longer one goes piece by piece, broken after its hyphens.
            var pieces = Width(word) <= width ? [word] : HyphenPieces(word);
            for (var i = 0; i < pieces.Count; i++)
            {
                var piece = pieces[i];
                var pieceWidth = Width(piece);
                var gap = i == 0 ? 1 : 0;
                if (lineWidth > 0 && lineWidth + gap + pieceWidth <= width)
                {
                    line.Append(' ', gap).Append(piece);
                    lineWidth += gap + pieceWidth;
                    continue;
                }

                if (lineWidth > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var fitted = pieceWidth <= width ? piece : Cut(piece, width);
                line.Append(fitted);
                lineWidth = Width(fitted);
            }
        }

        if (lineWidth > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Wraps a text to a width, as one string with a line feed between lines.</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The widest line allowed, in cells.</param>
    /// <returns>The wrapped text.</returns>
    public static string Wrap(string text, int width) => string.Join('\n', Lines(text, width));

    /// <summary>Shortens a text to one line: the whole words that fit, then "…".</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The widest line allowed, in cells.</param>
    /// <returns>The text itself (whitespace collapsed) when it fits; otherwise its first words and "…" (a first word too long
    /// for the line is cut).</returns>
    public static string Shorten(string text, int width)
    {
        width = Math.Max(1, width);
        var words = Words(text).ToList();
        var whole = string.Join(' ', words);
        if (Width(whole) <= width)
        {
            return whole;
        }

        var kept = new StringBuilder();
        foreach (var word in words)
        {
            var next = kept.Length == 0 ? word : $"{kept} {word}";
            if (Width(next) > width - 1)
            {
                break;
            }

            kept.Clear().Append(next);
        }

        return kept.Length == 0 ? Cut(words[0], width) : kept.Append(Ellipsis).ToString();
    }

    /// <summary>The words of a text: split at whitespace, with thousands groups ("45 000") kept together.</summary>
    private static IEnumerable<string> Words(string text)
    {
        string? pending = null;
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (pending is not null && char.IsAsciiDigit(pending[^1]) && IsThousandsGroup(part))
            {
                pending = pending + " " + part;
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = part;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    // "000", "801,84" (cents) or "000–18" (the range "14 000–18 000"): three digits, then no fourth.
    private static bool IsThousandsGroup(string part) =>
        part.Length >= 3 && char.IsAsciiDigit(part[0]) && char.IsAsciiDigit(part[1]) && char.IsAsciiDigit(part[2])
        && (part.Length == 3 || !char.IsAsciiDigit(part[3]));

    /// <summary>A word cut after each of its hyphens, the hyphen kept at the end of its piece: "a-b-c" gives "a-", "b-", "c".</summary>
    private static List<string> HyphenPieces(string word)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (word[i] == '-' && i > start)
            {
                pieces.Add(word[start..(i + 1)]);
                start = i + 1;
            }
        }

        pieces.Add(word[start..]);
        return pieces;
    }

    /// <summary>The longest start of a word that fits in <paramref name="width"/> cells with "…" after it.</summary>
    private static string Cut(string word, int width)
    {
        var kept = new StringBuilder();
        var keptWidth = 0;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = Width(element);
            if (keptWidth + elementWidth > width - 1)
            {
                break;
            }

            kept.Append(element);
            keptWidth += elementWidth;
        }

        return kept.Append(Ellipsis).ToString();
    }
}
