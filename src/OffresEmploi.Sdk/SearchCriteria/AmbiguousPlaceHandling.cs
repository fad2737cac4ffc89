namespace OffresEmploi.Sdk;

/// <summary>What <see cref="Models.OffresSearchCriteria.Resolve"/> does when a place name fits several places about equally.</summary>
public enum AmbiguousPlaceHandling
{
    /// <summary>Throw an <see cref="OffresSearchCriteriaException"/> listing the candidates, so the caller picks one (a model retries with a code).</summary>
    Refuse,

    /// <summary>Use the best candidate (the most populous of the namesakes) and say so in <see cref="Models.ResolvedOffresSearch.Notes"/> (a person at a terminal reads it).</summary>
    UseBest,
}
