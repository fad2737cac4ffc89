using System.Text;

namespace OffresEmploi.Sdk.Text;

/// <summary>Folds text for accent- and case-insensitive matching ("Électricien", "electricien" and "ELECTRICIEN" match).</summary>
/// <remarks>
/// Written by hand rather than with <see cref="string.Normalize()"/>: the SDK and the tools run under invariant
/// globalization (Native AOT), where Unicode normalization data may be absent. Punctuation becomes one space.
/// </remarks>
public static class TextFolding
{
    /// <summary>Lower-cases the text, removes French accents (œ and æ expanded) and turns every run of punctuation or spaces into one space.</summary>
    /// <param name="text">For example "Contrat d'Engagement Éducatif".</param>
    /// <returns>For example "contrat d engagement educatif".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            var folded = c switch
            {
                'à' or 'â' or 'ä' or 'á' or 'ã' or 'å' => "a",
                'ç' => "c",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'î' or 'ï' or 'í' or 'ì' => "i",
                'ô' or 'ö' or 'ó' or 'ò' or 'õ' => "o",
                'ù' or 'û' or 'ü' or 'ú' => "u",
                'ÿ' or 'ý' => "y",
                'ñ' => "n",
                'œ' => "oe",
                'æ' => "ae",
                _ when char.IsLetterOrDigit(c) => null,
                _ => " ",
            };
            if (folded == " ")
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (folded is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }
}
