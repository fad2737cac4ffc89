using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Charts;

/// <summary>Turns the API's <c>filtresPossibles</c> into <see cref="Facet"/>s, titled and labelled by the SDK (<see cref="FiltrePossible.GetTitle"/>).</summary>
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
                .Select(a => new FacetItem(a.ValeurPossible!, filtre.GetValueLabel(a.ValeurPossible) ?? a.ValeurPossible!, a.NbResultats ?? 0))
                .OrderByDescending(item => item.Count)
                .ThenBy(item => item.Code, StringComparer.Ordinal)
                .ToList();
            if (items.Count > 0)
            {
                facets.Add(new Facet(name, filtre.GetTitle() is { Length: > 0 } title ? title : name, items));
            }
        }

        return facets;
    }
}
