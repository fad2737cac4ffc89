using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Charts;

/// <summary>Turns the API's <c>filtresPossibles</c> into <see cref="Facet"/>s with labels from the extensible enums.</summary>
internal static class FacetBuilder
{
    /// <summary>Builds the facets in the API's order, skipping empty ones.</summary>
    /// <param name="filtres">The <c>filtresPossibles</c> of a search response.</param>
    /// <returns>The readable facets.</returns>
    public static IReadOnlyList<Facet> Build(IReadOnlyList<FiltrePossible>? filtres)
    {
        if (filtres is null)
        {
            return [];
        }

        var facets = new List<Facet>();
        foreach (var filtre in filtres)
        {
            var name = filtre.Filtre ?? "?";
            var items = (filtre.Agregation ?? [])
                .Where(a => a.ValeurPossible is not null)
                .Select(a => new FacetItem(a.ValeurPossible!, LabelOf(name, a.ValeurPossible!), a.NbResultats ?? 0))
                .OrderByDescending(item => item.Count)
                .ThenBy(item => item.Code, StringComparer.Ordinal)
                .ToList();
            if (items.Count > 0)
            {
                facets.Add(new Facet(name, TitleOf(name), items));
            }
        }

        return facets;
    }

    /// <summary>The French label of a facet value, or the code itself when no enum knows it.</summary>
    /// <param name="filtre">The filter name.</param>
    /// <param name="code">The value's code.</param>
    /// <returns>The label.</returns>
    public static string LabelOf(string filtre, string code)
    {
        var found = filtre switch
        {
            "typeContrat" => TypeContrat.TryGetLabel(code, out var label) ? label : null,
            "experience" => Experience.TryGetLabel(code, out var label) ? label : null,
            "qualification" => Qualification.TryGetLabel(code, out var label) ? label : null,
            "natureContrat" => NatureContrat.TryGetLabel(code, out var label) ? label : null,
            _ => null,
        };
        return found ?? code;
    }

    private static string TitleOf(string filtre) => filtre switch
    {
        "typeContrat" => "Type de contrat",
        "experience" => "Expérience",
        "qualification" => "Qualification",
        "natureContrat" => "Nature du contrat",
        _ => filtre,
    };
}
