using SdkTextFolding = OffresEmploi.Sdk.TextFolding;

namespace OffresEmploi.Sandbox.Search;

/// <summary>Accent- and case-insensitive word splitting for keyword search, on top of the SDK's
/// <see cref="SdkTextFolding.Fold"/> so the sandbox and the SDK fold French text the same way.</summary>
internal static class TextFolding
{
    /// <summary>Splits a text into folded words: lower case, no accents, œ/æ expanded, separated by anything
    /// that is not a letter or a digit, with a final plural "s" or "x" dropped from words of 4+ letters.</summary>
    public static string[] Words(string text)
    {
        var words = SdkTextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Singular(words[i]);
        }

        return words;
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
