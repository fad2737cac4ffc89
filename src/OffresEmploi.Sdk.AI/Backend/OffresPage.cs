using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Backend;

/// <summary>One page of search results with the facets and the total of the whole query.</summary>
internal sealed record OffresPage(IReadOnlyList<Offre> Offres, IReadOnlyList<FiltrePossible> FiltresPossibles, int Total);
