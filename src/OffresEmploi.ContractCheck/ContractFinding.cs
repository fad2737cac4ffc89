namespace OffresEmploi.ContractCheck;

/// <summary>What kind of difference between the API and the project's spec a finding is.</summary>
public enum ContractFindingKind
{
    /// <summary>A JSON member the spec does not have (the API added a field).</summary>
    UnknownMember,

    /// <summary>A member the spec marks required is absent.</summary>
    MissingMember,

    /// <summary>A value of another JSON type than the spec's (a string where a number was).</summary>
    TypeChanged,

    /// <summary>A code that is not in the SDK's code list (the API added a code).</summary>
    UnknownCode,

    /// <summary>A header the spec documents is absent (<c>Content-Range</c> on a search).</summary>
    MissingHeader,

    /// <summary>A status the spec does not document for the request.</summary>
    UnexpectedStatus,

    /// <summary>A body that is not JSON, or not the JSON shape at all.</summary>
    UnreadableBody,
}

/// <summary>One difference between what the API answered and what the project's spec says.</summary>
/// <param name="Kind">What kind of difference.</param>
/// <param name="Location">The JSON path (<c>$.resultats[0].typeContrat</c>), header name or <c>status</c>.</param>
/// <param name="Seen">What the API sent, shortened (offer texts are cut); null when it sent nothing.</param>
/// <param name="Expected">What the spec expects there.</param>
/// <param name="Request">The request that showed it: method and path with query, never a token.</param>
public sealed record ContractFinding(ContractFindingKind Kind, string Location, string? Seen, string Expected, string Request);

/// <summary>What production did for one rule the project's reference marks uncertain, probed with one request.</summary>
/// <param name="Rule">The uncertain rule, as the reference states it.</param>
/// <param name="Request">The request that probed it.</param>
/// <param name="Outcome">What the API did (status, and what the answer showed).</param>
public sealed record ContractObservation(string Rule, string Request, string Outcome);
