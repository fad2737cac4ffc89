using System.Buffers;

namespace OffresEmploi.Sdk;

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

        // A span instead of a StringBuilder: the place index folds 35,000 names and the sandbox every offer text, and the
        // builders were garbage.
        // At most two characters come out per character in (œ, æ).
        char[]? rented = null;
        var buffer = text.Length <= 128 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length * 2));
        var length = 0;
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
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            if (folded is null)
            {
                buffer[length++] = c;
            }
            else
            {
                folded.CopyTo(buffer[length..]);
                length += folded.Length;
            }
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }
}
