using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Search;

/// <summary>The codes an offer counts under in <c>filtresPossibles</c>, which the matching filters share.</summary>
internal static class OffreFacets
{
    /// <summary>The experience values, in the index order used by <see cref="Experience"/>.</summary>
    public static readonly string[] ExperienceCodes = ["0", "1", "2", "3", "4"];

    /// <summary>The qualification values, in the index order used by <see cref="Qualification"/>.</summary>
    public static readonly string[] QualificationCodes = ["0", "9", "X"];

    /// <summary>
    /// experience: "4" for "débutant accepté" (the undocumented value real aggregations show, about as often as
    /// D offers), "0" when no duration is stated, else "1" under a year, "2" from 1 to 3 years, "3" beyond.
    /// </summary>
    public static int Experience(OffreCorpus corpus, int i)
    {
        if (corpus.ExperienceExige[i] == 0)
        {
            return 4;
        }

        var months = corpus.ExperienceMonths[i];
        return months == 0 ? 0 : months < 12 ? 1 : months <= 36 ? 2 : 3;
    }

    /// <summary>qualification: "9" for cadres (qualificationCode 9), "0" for codes 1-8, "X" when absent.</summary>
    public static int Qualification(OffreCorpus corpus, int i)
    {
        var q = corpus.Qualification[i];
        return q == 0 ? 2 : q == 9 ? 1 : 0;
    }
}
