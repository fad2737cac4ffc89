
namespace OffresEmploi.Sdk.Places;

/// <summary>Folds place names so that "Saint-Étienne", "st etienne" and "SAINT ETIENNE" compare equal.</summary>
/// <remarks>Accents, case and punctuation are folded by <see cref="TextFolding"/>; place names also read "St"/"Ste" as "Saint"/"Sainte".</remarks>
internal static class PlaceText
{
    public static string Fold(string text) => ExpandAbbreviations(TextFolding.Fold(text.Trim()));

    // "St Etienne", "Ste Foy" and "Saint-Étienne" must meet: the official names spell the words out.
    private static string ExpandAbbreviations(string folded)
    {
        if (!HasAbbreviation(folded))
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

    // Checked word by word without allocating: a substring test for "st" also matches "bastide" or "est", and splitting
    // those names for nothing was a good part of folding the place list at load.
    private static bool HasAbbreviation(string folded)
    {
        foreach (var range in folded.AsSpan().Split(' '))
        {
            if (folded.AsSpan(range) is "st" or "ste")
            {
                return true;
            }
        }

        return false;
    }
}
