using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Filters;

/// <summary>A search built from the command line: the request, what was resolved, and a canonical text of it.</summary>
/// <param name="Request">The request for the SDK (without <c>range</c>).</param>
/// <param name="Notes">Lines for the user: how place names were read, ambiguities.</param>
/// <param name="Parameters">The parameters as the API receives them, in a fixed order; identifies the query
/// (harvest checkpoints) and captions charts.</param>
internal sealed record SearchQuery(OffresSearchRequest Request, IReadOnlyList<string> Notes, IReadOnlyList<KeyValuePair<string, string>> Parameters)
{
    /// <summary>The places searched, in words ("Occitanie (région 76)"), when the query names places.</summary>
    public string? Where { get; init; }

    /// <summary>
    /// A title for people (charts): the keywords, the places in words and the contract types, e.g.
    /// "infirmier · Occitanie (région 76) · CDI"; the codes of <see cref="Summary"/> are for machines.
    /// </summary>
    public string Caption
    {
        get
        {
            string?[] parts =
            [
                Request.MotsCles is { Count: > 0 } words ? string.Join(" ", words) : null,
                Where,
                Request.TypeContrat is { Count: > 0 } types ? string.Join(", ", types.Select(t => t.Value)) : null,
            ];
            var caption = string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p)));
            return caption.Length > 0 ? caption : "toutes les offres";
        }
    }

    /// <summary>The parameters as one line: <c>motsCles=boulanger departement=74</c>, or "all offers".</summary>
    public string Summary => Parameters.Count == 0
        ? "toutes les offres"
        : string.Join(" ", Parameters.Select(p => $"{p.Key}={p.Value}"));
}
