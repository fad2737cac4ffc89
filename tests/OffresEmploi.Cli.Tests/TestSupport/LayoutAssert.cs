using Spectre.Console;

namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>Checks what a reader of a narrow console sees: lines that fit, and words that are whole.</summary>
internal static class LayoutAssert
{
    /// <summary>The output's lines, without the line ends.</summary>
    public static List<string> Lines(string output) => [.. output.Split('\n').Select(line => line.TrimEnd('\r'))];

    /// <summary>Every line is at most <paramref name="width"/> terminal cells wide.</summary>
    public static void LinesFit(string output, int width)
    {
        foreach (var line in Lines(output))
        {
            Assert.True(line.GetCellWidth() <= width, $"{line.GetCellWidth()} cells > {width}: \"{line}\"\n{output}");
        }
    }

    /// <summary>Every word printed is a whole word of <paramref name="texts"/>, one of its pieces broken after a hyphen, or the
    /// start of one ended by "…": never a fragment such as "photographi" / "e", which is what folding a word in its middle gives.</summary>
    /// <param name="lines">The lines to check (borders are ignored).</param>
    /// <param name="texts">Every text the output may show.</param>
    public static void NoBrokenWords(IEnumerable<string> lines, IEnumerable<string> texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in texts.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        {
            words.Add(word);
            words.UnionWith(HyphenPieces(word));
        }

        foreach (var line in lines)
        {
            foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !t.All(IsBorder)))
            {
                var whole = words.Contains(token);
                var cut = token.EndsWith('…') && words.Any(w => w.StartsWith(token[..^1], StringComparison.Ordinal));
                Assert.True(whole || cut, $"\"{token}\" is not a whole word of the data, in: \"{line}\"");
            }
        }
    }

    /// <summary>A word's pieces after each hyphen: "a-b-c" gives "a-", "b-", "c", and the joined runs "a-b-", "b-c", ….</summary>
    public static IEnumerable<string> HyphenPieces(string word)
    {
        var cuts = new List<int> { 0 };
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (word[i] == '-')
            {
                cuts.Add(i + 1);
            }
        }

        cuts.Add(word.Length);
        for (var a = 0; a < cuts.Count - 1; a++)
        {
            for (var b = a + 1; b < cuts.Count; b++)
            {
                yield return word[cuts[a]..cuts[b]];
            }
        }
    }

    // Box drawing (table borders) and block elements (chart bars).
    private static bool IsBorder(char c) => c is >= '\u2500' and <= '\u259F';
}
