namespace OffresEmploi.Sandbox.Search;

/// <summary>What one keyword expression matches, per vocabulary item, so that testing an offer is a few
/// array look-ups.</summary>
internal sealed class KeywordMatch
{
    public const int TitleWeight = 4;
    public const int MetierWeight = 2;
    public const int OtherWeight = 1;

    public required bool[] Appellation { get; init; }

    public required bool[] Rome { get; init; }

    /// <summary>Gets, per métier, the mask of its competences that match.</summary>
    public required ulong[] Competences { get; init; }

    public required bool[] Permis { get; init; }

    public required bool[] Langues { get; init; }

    /// <summary>Gets, per grand domaine letter (index 0 = 'A'), the matching formation domaines.</summary>
    public required bool[][] Formations { get; init; }

    /// <summary>Gets a value indicating whether the expression can match offers of any métier (through a permis,
    /// language or formation label), so that it cannot restrict the candidates to some métiers.</summary>
    public required bool MatchesAcrossMetiers { get; init; }

    /// <summary>Gets, per métier, whether some offer of that métier can match.</summary>
    public required bool[] PossibleRome { get; init; }
}
