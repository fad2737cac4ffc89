using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Filters;

/// <summary>A search built from the command line: the request, what was resolved, and a canonical text of it.</summary>
/// <param name="Request">The request for the SDK (without <c>range</c>).</param>
/// <param name="Notes">Lines for the user: how place names were read, ambiguities.</param>
/// <param name="Parameters">The parameters as the API receives them, in a fixed order; identifies the query
/// (harvest checkpoints) and captions charts.</param>
internal sealed record SearchQuery(OffresSearchRequest Request, IReadOnlyList<string> Notes, IReadOnlyList<KeyValuePair<string, string>> Parameters)
{
    /// <summary>The parameters as one line: <c>motsCles=boulanger departement=74</c>, or "all offers".</summary>
    public string Summary => Parameters.Count == 0
        ? "toutes les offres"
        : string.Join(" ", Parameters.Select(p => $"{p.Key}={p.Value}"));
}
