using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OffresEmploi.Sandbox.Tests.Search;

/// <summary>The documented keyword rule, re-implemented from the offer JSON: an expression matches a field when
/// its words appear there consecutively, ignoring case, accents and a plural s/x on words of 4+ letters.</summary>
public static class KeywordOracle
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'à' or 'â' or 'ä' or 'á' => "a",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'î' or 'ï' or 'í' => "i",
                'ô' or 'ö' or 'ó' => "o",
                'ù' or 'û' or 'ü' or 'ú' => "u",
                'ç' => "c",
                'ÿ' => "y",
                'œ' => "oe",
                _ => char.IsAsciiLetterOrDigit(c) ? c.ToString() : " ",
            });
        }

        return builder.ToString();
    }

    public static bool Contains(string? field, string expression)
    {
        if (field is null)
        {
            return false;
        }

        var words = Fold(expression).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length >= 4 && w[^1] is 's' or 'x' ? w[..^1] : w)
            .Select(w => Regex.Escape(w) + (w.Length >= 3 ? "[sx]?" : string.Empty));
        var pattern = "(?<![a-z0-9])" + string.Join(" +", words) + "(?![a-z0-9])";
        return Regex.IsMatch(Fold(field), pattern);
    }

    /// <summary>The fields the API searches: intitule, romeCode, romeLibelle, competences, formations'
    /// domaineLibelle, permis and langues.</summary>
    public static int Score(JsonElement offer, string expression)
    {
        var score = 0;
        if (Contains(offer.Str("intitule"), expression))
        {
            score += 4;
        }

        if (Contains(offer.Str("romeCode") + " " + offer.Str("romeLibelle"), expression))
        {
            score += 2;
        }

        foreach (var block in new[] { ("competences", "libelle"), ("formations", "domaineLibelle"), ("permis", "libelle"), ("langues", "libelle") })
        {
            if (offer.Items(block.Item1).Any(x => Contains(x.Str(block.Item2), expression)))
            {
                score += 1;
            }
        }

        return score;
    }
}
