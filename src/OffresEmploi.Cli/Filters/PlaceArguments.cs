using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Cli.Filters;

/// <summary>Reads place options (names, postal codes, codes) into the codes the API wants, offline.</summary>
/// <remarks>The resolver is only fetched when a place option is used: loading the list of communes is
/// the slowest part of start-up that a command without places can skip.</remarks>
internal sealed class PlaceArguments(Func<PlaceResolver> resolver)
{
    private readonly Lazy<PlaceResolver> _resolver = new(resolver);

    /// <summary>Resolves a <c>--commune</c> value to one commune.</summary>
    /// <param name="text">"Annecy", "Annecy (74)", "74000", "74010", "Lyon 3e".</param>
    /// <param name="notes">Receives a line saying what was chosen.</param>
    /// <returns>The commune.</returns>
    /// <exception cref="UsageException">Nothing matches, or the text names a département or région.</exception>
    public Place Commune(string text, List<string> notes) => Resolve(text, PlaceKind.Commune, "--commune", notes);

    /// <summary>Turns the resolved <c>--commune</c>/<c>--near</c> places and <c>--distance</c> into what the API accepts.</summary>
    /// <param name="communes">The resolved communes (one or more).</param>
    /// <param name="distance">The <c>--distance</c> given, or null.</param>
    /// <param name="notes">Receives what was substituted (a city-wide code, an arrondissement searched alone).</param>
    /// <returns>The <c>commune</c>, <c>distance</c> and <c>departement</c> values to send.</returns>
    public PlaceSearchArea SearchArea(IReadOnlyList<Place> communes, int? distance, List<string> notes)
    {
        // No default radius: without --distance the API applies its own, as before; the SDK only adds one where it must.
        var area = _resolver.Value.ToSearchArea(communes, distance);
        notes.AddRange(area.Notes);
        return area;
    }

    /// <summary>Resolves a <c>--departement</c> value.</summary>
    /// <param name="text">"Haute-Savoie", "74", "2A".</param>
    /// <param name="notes">Receives a line saying what was chosen.</param>
    /// <returns>The département.</returns>
    /// <exception cref="UsageException">Nothing matches.</exception>
    public Place Departement(string text, List<string> notes) =>
        _resolver.Value.TryGetDepartement(text.Trim().ToUpperInvariant(), out var departement)
            ? departement
            : Resolve(text, PlaceKind.Departement, "--departement", notes);

    /// <summary>Resolves a <c>--region</c> value.</summary>
    /// <param name="text">"Bretagne", "53".</param>
    /// <param name="notes">Receives a line saying what was chosen.</param>
    /// <returns>The région.</returns>
    /// <exception cref="UsageException">Nothing matches.</exception>
    public Place Region(string text, List<string> notes) =>
        _resolver.Value.TryGetRegion(text.Trim(), out var region)
            ? region
            : Resolve(text, PlaceKind.Region, "--region", notes);

    private Place Resolve(string text, PlaceKind kind, string option, List<string> notes)
    {
        var resolution = _resolver.Value.Resolve(text, maxCandidates: 10);
        var candidates = resolution.Candidates.Where(c => c.Kind == kind).ToList();
        if (candidates.Count == 0)
        {
            var other = resolution.Best;
            var hint = other is null
                ? "no French place has that name"
                : $"it names {Describe(other)}; use {OptionFor(other.Kind)}";
            throw new UsageException($"{option} \"{text}\": {hint}.");
        }

        var best = candidates[0];
        if (resolution.IsAmbiguous && candidates.Count > 1)
        {
            var others = string.Join(", ", candidates.Skip(1).Take(3).Select(Describe));
            notes.Add($"\"{text}\" is ambiguous: using {Describe(best)} (also {others}); add the département, e.g. \"{best.Libelle} ({best.CodeDepartement ?? best.Code})\".");
        }
        else if (!string.Equals(text.Trim(), best.Code, StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"\"{text}\" read as {Describe(best)}.");
        }

        return best;
    }

    private static string Describe(Place place) => place.Kind switch
    {
        PlaceKind.Commune => $"{place.Libelle} ({place.CodeDepartement}, INSEE {place.Code})",
        PlaceKind.Departement => $"the département {place.Libelle} ({place.Code})",
        _ => $"the région {place.Libelle} ({place.Code})",
    };

    private static string OptionFor(PlaceKind kind) => kind switch
    {
        PlaceKind.Commune => "--commune",
        PlaceKind.Departement => "--departement",
        _ => "--region",
    };
}
