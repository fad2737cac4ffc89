using System.Text;

namespace OffresEmploi.Sdk.Places;

/// <summary>Folds place names so that "Saint-Étienne", "st etienne" and "SAINT ETIENNE" compare equal.</summary>
/// <remarks>
/// Written by hand rather than with <see cref="string.Normalize()"/>: the SDK must behave the same
/// under invariant globalization (Native AOT, containers), where Unicode normalization data may be absent.
/// </remarks>
internal static class PlaceText
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text.Trim())
        {
            var c = char.ToLowerInvariant(raw);
            string folded = c switch
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
                _ when char.IsLetterOrDigit(c) => c.ToString(),
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

            builder.Append(folded);
        }

        return ExpandAbbreviations(builder.ToString());
    }

    // "St Etienne", "Ste Foy" and "Saint-Étienne" must meet: the official names spell the words out.
    private static string ExpandAbbreviations(string folded)
    {
        if (!folded.Contains("st", StringComparison.Ordinal))
        {
            return folded;
        }

        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "st" => "saint",
                "ste" => "sainte",
                _ => words[i],
            };
        }

        return string.Join(' ', words);
    }
}
