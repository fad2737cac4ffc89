using System.Text;

namespace OffresEmploi.Cli.Rendering;

/// <summary>Folds text for loose matching: lower case, French accents removed.</summary>
/// <remarks>By hand rather than <see cref="string.Normalize()"/>: the CLI runs with invariant globalization.</remarks>
internal static class TextFold
{
    /// <summary>Folds the text.</summary>
    /// <param name="text">"Électricité".</param>
    /// <returns>"electricite".</returns>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            builder.Append(c switch
            {
                'à' or 'â' or 'ä' or 'á' => 'a',
                'ç' => 'c',
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'î' or 'ï' or 'í' => 'i',
                'ô' or 'ö' or 'ó' => 'o',
                'ù' or 'û' or 'ü' or 'ú' => 'u',
                'ÿ' => 'y',
                '’' => '\'',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> contains <paramref name="fragment"/>, ignoring case and accents.</summary>
    /// <param name="text">The text searched.</param>
    /// <param name="fragment">The folded fragment.</param>
    /// <returns>Whether it matches.</returns>
    public static bool Contains(string? text, string fragment) =>
        text is not null && Fold(text).Contains(fragment, StringComparison.Ordinal);
}
