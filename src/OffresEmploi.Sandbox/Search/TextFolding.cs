using System.Text;

namespace OffresEmploi.Sandbox.Search;

/// <summary>Accent- and case-insensitive word splitting for keyword search (invariant, no ICU needed).</summary>
internal static class TextFolding
{
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyy";

    /// <summary>Splits a text into folded words: lower case, no accents, œ/æ expanded, separated by anything
    /// that is not a letter or a digit, with a final plural "s" or "x" dropped from words of 4+ letters.</summary>
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            var accent = Accented.IndexOf(c, StringComparison.Ordinal);
            if (accent >= 0)
            {
                current.Append(Plain[accent]);
            }
            else if (c == 'œ')
            {
                current.Append("oe");
            }
            else if (c == 'æ')
            {
                current.Append("ae");
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(Singular(current.ToString()));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(Singular(current.ToString()));
        }

        return [.. words];
    }

    /// <summary>Tells whether <paramref name="phrase"/> occurs as consecutive words of <paramref name="words"/>.</summary>
    public static bool ContainsPhrase(string[] words, string[] phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            var k = 0;
            while (k < phrase.Length && words[start + k] == phrase[k])
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static string Singular(string word) =>
        word.Length >= 4 && word[^1] is 's' or 'x' ? word[..^1] : word;
}
