using System.Globalization;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Filters;

/// <summary>The parameters of a request as the API receives them, in a fixed order: what identifies a query.</summary>
/// <remarks>A harvest checkpoint stores them to refuse resuming another query, and charts caption with them: the order
/// and formats must stay as they are.</remarks>
internal static class SearchParameters
{
    private const string OutputDate = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>Lists the parameters <paramref name="request"/> sets.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The API name and value of each parameter set, in a fixed order.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(OffresSearchRequest request)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parameters.Add(new(name, value));
            }
        }

        Add("motsCles", Join(request.MotsCles));
        Add("commune", Join(request.Commune));
        Add("distance", request.Distance?.ToString(CultureInfo.InvariantCulture));
        Add("departement", Join(request.Departement));
        Add("inclureLimitrophes", request.InclureLimitrophes == true ? "true" : null);
        Add("region", request.Region?.Value);
        Add("typeContrat", Join(request.TypeContrat?.Select(t => t.Value)));
        Add("natureContrat", Join(request.NatureContrat?.Select(n => n.Value)));
        Add("experience", request.Experience?.Value);
        Add("qualification", request.Qualification?.Value);
        Add("salaireMin", request.SalaireMin?.ToString(CultureInfo.InvariantCulture));
        Add("periodeSalaire", request.PeriodeSalaire?.Value);
        Add("publieeDepuis", request.PublieeDepuis?.ToString(CultureInfo.InvariantCulture));
        Add("minCreationDate", request.MinCreationDate?.UtcDateTime.ToString(OutputDate, CultureInfo.InvariantCulture));
        Add("maxCreationDate", request.MaxCreationDate?.UtcDateTime.ToString(OutputDate, CultureInfo.InvariantCulture));
        Add("codeROME", Join(request.CodeRome));
        Add("codeNAF", Join(request.CodeNaf));
        Add("secteurActivite", Join(request.SecteurActivite));
        Add("tempsPlein", request.TempsPlein?.ToString().ToLowerInvariant());
        Add("sort", request.Sort?.Value);
        return parameters;
    }

    private static string? Join(IEnumerable<string>? values) => values is null ? null : string.Join(',', values);
}
