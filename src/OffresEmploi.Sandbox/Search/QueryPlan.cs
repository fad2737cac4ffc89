using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Search;

/// <summary>A query resolved against the corpus: codes turned into indices and membership tables, so that
/// testing one offer is a series of array look-ups.</summary>
internal sealed partial class QueryPlan
{
    private readonly OffreCorpus _corpus;
    private readonly SearchIndex _index;
    private ByteCheck[] _byteChecks = [];
    private ShortCheck[] _shortChecks = [];
    private bool _hasConditions;

    private QueryPlan(OffreCorpus corpus, SearchIndex index)
    {
        _corpus = corpus;
        _index = index;
        Hi = corpus.Count;
    }

    /// <summary>Gets the corpus the plan tests offers of.</summary>
    public OffreCorpus Corpus => _corpus;

    /// <summary>Gets the indexes of the corpus.</summary>
    public SearchIndex Index => _index;

    /// <summary>Gets a value indicating whether the query cannot match anything (e.g. an unknown code).</summary>
    public bool Impossible { get; private set; }

    /// <summary>Gets the first offer index the creation-date bounds allow.</summary>
    public int Lo { get; private set; }

    /// <summary>Gets the offer index after the last one the creation-date bounds allow.</summary>
    public int Hi { get; private set; }

    public bool[]? CommuneAllowed { get; private set; }

    /// <summary>Gets a value indicating whether offers that show no commune may match the commune filter
    /// (those that show coordinates, when a radius is searched).</summary>
    public bool CoordinatesSuffice { get; private set; }

    public bool[]? DepartementAllowed { get; private set; }

    public bool[]? RomeAllowed { get; private set; }

    public int Appellation { get; private set; } = -1;

    public KeywordMatch[]? Keywords { get; private set; }

    public bool[]? TypeAllowed { get; private set; }

    public bool[]? NatureAllowed { get; private set; }

    public int ExperienceFacet { get; private set; } = -1;

    public int ExperienceExige { get; private set; } = -1;

    public int QualificationFacet { get; private set; } = -1;

    public bool[]? PartnerAllowed { get; private set; }

    public bool[]? NafAllowed { get; private set; }

    public double SalaireMin { get; private set; }

    public int SalaryPeriod { get; private set; }

    public int Niveau { get; private set; } = -1;

    public int Permis { get; private set; } = -1;

    public int TempsMode { get; private set; } = -1;

    public int WeeklyMin { get; private set; } = -1;

    public int WeeklyMax { get; private set; } = -1;

    public double DurationMin { get; private set; } = -1;

    public double DurationMax { get; private set; } = -1;

    public ushort FlagsSet { get; private set; }

    public ushort FlagsClear { get; private set; }

    /// <summary>Gets the coordinates of the searched communes (for sort 2).</summary>
    public (double Latitude, double Longitude)[] Centres { get; private set; } = [];

    /// <summary>Gets a value indicating whether every offer of [<see cref="Lo"/>, <see cref="Hi"/>) matches: no
    /// filter other than the creation-date bounds.</summary>
    public bool MatchesWholeRange =>
        CommuneAllowed is null && DepartementAllowed is null && RomeAllowed is null && Appellation < 0 && Keywords is null
        && TypeAllowed is null && NatureAllowed is null && ExperienceFacet < 0 && ExperienceExige < 0 && QualificationFacet < 0
        && PartnerAllowed is null && NafAllowed is null && FlagsSet == 0 && FlagsClear == 0 && SalaryPeriod == 0 && Niveau < 0
        && Permis < 0 && TempsMode < 0 && WeeklyMin < 0 && WeeklyMax < 0 && DurationMin < 0 && DurationMax < 0;

    /// <summary>Tests one offer; <paramref name="score"/> is its keyword relevance.</summary>
    public bool Test(int i, out int score)
    {
        score = 0;
        var bytes = _byteChecks;
        for (var k = 0; k < bytes.Length; k++)
        {
            if (!bytes[k].Allowed[bytes[k].Column[i]])
            {
                return false;
            }
        }

        var shorts = _shortChecks;
        for (var k = 0; k < shorts.Length; k++)
        {
            if (!shorts[k].Allowed[shorts[k].Column[i]])
            {
                return false;
            }
        }

        var c = _corpus;
        if (CommuneAllowed is not null)
        {
            var mode = c.LieuMode[i];
            if (mode == 2 || (mode == 1 && !CoordinatesSuffice) || !CommuneAllowed[c.Commune[i]])
            {
                return false;
            }
        }

        // typeContrat and natureContrat together are OR-ed (API documentation); alone they are byte checks.
        if (TypeAllowed is not null && NatureAllowed is not null && !TypeAllowed[c.TypeContrat[i]] && !NatureAllowed[c.NatureContrat[i]])
        {
            return false;
        }

        if ((FlagsSet != 0 && (c.Flags[i] & FlagsSet) != FlagsSet) || (FlagsClear != 0 && (c.Flags[i] & FlagsClear) != 0))
        {
            return false;
        }

        if (_hasConditions && !TestConditions(i))
        {
            return false;
        }

        return Keywords is null || TestKeywords(i, _index.Rome[i], out score);
    }

    private bool TestConditions(int i)
    {
        var c = _corpus;
        if (SalaryPeriod != 0 && !SalaryRule.Meets(c, i, SalaryPeriod, SalaireMin))
        {
            return false;
        }

        if (Niveau >= 0 && (c.Formation[i] & 0xFF) != Niveau + 1)
        {
            return false;
        }

        if (Permis >= 0 && (c.Permis[i] & 0xFF) != Permis + 1 && (c.Permis[i] >> 8) != Permis + 1)
        {
            return false;
        }

        if (WeeklyMin >= 0 || WeeklyMax >= 0)
        {
            var minutes = c.WeeklyMinutes[i];
            if (minutes == 0 || (WeeklyMin >= 0 && minutes < WeeklyMin) || (WeeklyMax >= 0 && minutes > WeeklyMax))
            {
                return false;
            }
        }

        if (DurationMin >= 0 || DurationMax >= 0)
        {
            var months = ContractMonths(c, i);
            if (months <= 0 || (DurationMin >= 0 && months < DurationMin) || (DurationMax >= 0 && months > DurationMax))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The contract length in months (a day counts as 1/30 month); 0 when the offer states none.</summary>
    public static double ContractMonths(OffreCorpus c, int i) =>
        (c.Flags[i] & OffreFlags.DurationInDays) != 0 ? c.ContractDuration[i] / 30.0 : c.ContractDuration[i];

    private bool TestKeywords(int i, int rome, out int score)
    {
        score = 0;
        var c = _corpus;
        foreach (var k in Keywords!)
        {
            var s = 0;
            if (k.Appellation[c.Appellation[i]])
            {
                s += KeywordMatch.TitleWeight;
            }

            if (k.Rome[rome])
            {
                s += KeywordMatch.MetierWeight;
            }

            if ((c.Competences[i] & k.Competences[rome]) != 0)
            {
                s += KeywordMatch.OtherWeight;
            }

            var permis = c.Permis[i];
            if ((permis != 0 && k.Permis[(permis & 0xFF) - 1]) || (permis >> 8 != 0 && k.Permis[(permis >> 8) - 1]))
            {
                s += KeywordMatch.OtherWeight;
            }

            var langues = c.Langues[i];
            if ((langues != 0 && k.Langues[(langues & 0xFF) - 1]) || (langues >> 8 != 0 && k.Langues[(langues >> 8) - 1]))
            {
                s += KeywordMatch.OtherWeight;
            }

            var domaine = c.Formation[i] >> 8;
            if (domaine != 0 && k.Formations[c.Data.Metiers[rome].Code[0] - 'A'][domaine - 1])
            {
                s += KeywordMatch.OtherWeight;
            }

            if (s == 0)
            {
                return false;
            }

            score += s;
        }

        return true;
    }
}
