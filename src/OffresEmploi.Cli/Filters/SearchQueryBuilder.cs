using System.Globalization;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Filters;

/// <summary>Reads <see cref="FilterSettings"/> into <see cref="OffresSearchCriteria"/>, which the SDK turns into the request.</summary>
/// <remarks>Code values with a generated code list (contract types and natures, experience, qualification, period) are
/// checked by the SDK before any request (<see cref="OffresSearchCriteriaOptions.KnownCodesOnly"/>), the message naming
/// the option and the valid codes; open lists (ROME, NAF) are left to the API. Place names are resolved offline by the SDK, which only loads the place lists when a
/// place option is used.</remarks>
/// <param name="places">The place resolver; the SDK's default when null.</param>
/// <param name="timeProvider">The clock that gives "now" for <c>--since</c> without <c>--until</c>.</param>
internal sealed class SearchQueryBuilder(PlaceResolver? places, TimeProvider timeProvider)
{
    // A person at a terminal reads the note saying which Saint-Denis was used; without --distance the API applies its own.
    private readonly OffresSearchCriteriaOptions _options = new()
    {
        AmbiguousPlace = AmbiguousPlaceHandling.UseBest,
        DefaultDistanceKm = null,
        DefaultPeriodeSalaire = PeriodeSalaire.Annuel,
        TimeProvider = timeProvider,
        KnownCodesOnly = true,
    };

    /// <summary>Builds the query.</summary>
    /// <param name="settings">The parsed options.</param>
    /// <param name="sort">The sort order, when the command has one.</param>
    /// <returns>The query.</returns>
    /// <exception cref="UsageException">A place matches nothing, or a value cannot be read or used; the message names the option.</exception>
    public SearchQuery Build(FilterSettings settings, Sort? sort = null)
    {
        ResolvedOffresSearch search;
        try
        {
            search = Read(settings).Resolve(places, _options);
        }
        catch (OffresSearchCriteriaException e)
        {
            throw new UsageException(e.FormatMessage(OptionName), e);
        }

        var request = search.Request with { Sort = sort };
        return new SearchQuery(request, search.Notes, SearchParameters.Of(request)) { Where = search.Where };
    }

    private static OffresSearchCriteria Read(FilterSettings settings) => new()
    {
        MotsCles = Split(settings.Keywords),
        Commune = SplitPlaces(settings.Communes),
        Distance = settings.Distance,
        Departement = SplitPlaces(settings.Departements),
        InclureLimitrophes = settings.Limitrophes ? true : null,
        Region = settings.Region,
        TypeContrat = Split(settings.TypesContrat),
        NatureContrat = Split(settings.NaturesContrat),
        Experience = settings.Experience,
        Qualification = settings.Qualification,
        TempsPlein = settings.TempsPlein ? true : settings.TempsPartiel ? false : null,
        SalaireMin = settings.SalaireMin,
        PeriodeSalaire = settings.Periode,
        PublieeDepuis = settings.PublieeDepuis,
        MinCreationDate = settings.Since is null ? null : ParseDate(settings.Since, "--since", endOfDay: false),
        MaxCreationDate = settings.Until is null ? null : ParseDate(settings.Until, "--until", endOfDay: true),
        CodeRome = Split(settings.Rome),
        CodeNaf = Split(settings.Naf),
        SecteurActivite = Split(settings.Secteurs),
    };

    /// <summary>The option a criterion comes from, so an error names what the user typed.</summary>
    private static string OptionName(string criterion) => criterion switch
    {
        nameof(OffresSearchCriteria.MotsCles) => "KEYWORDS",
        nameof(OffresSearchCriteria.Lieu) => "--near",
        nameof(OffresSearchCriteria.Commune) => "--commune",
        nameof(OffresSearchCriteria.Distance) => "--distance",
        nameof(OffresSearchCriteria.Departement) => "--departement",
        nameof(OffresSearchCriteria.InclureLimitrophes) => "--limitrophes",
        nameof(OffresSearchCriteria.Region) => "--region",
        nameof(OffresSearchCriteria.TypeContrat) => "--type-contrat",
        nameof(OffresSearchCriteria.NatureContrat) => "--nature-contrat",
        nameof(OffresSearchCriteria.Experience) => "--experience",
        nameof(OffresSearchCriteria.Qualification) => "--qualification",
        nameof(OffresSearchCriteria.TempsPlein) => "--temps-plein",
        nameof(OffresSearchCriteria.SalaireMin) => "--salaire-min",
        nameof(OffresSearchCriteria.PeriodeSalaire) => "--periode",
        nameof(OffresSearchCriteria.PublieeDepuis) => "--publiee-depuis",
        nameof(OffresSearchCriteria.MinCreationDate) => "--since",
        nameof(OffresSearchCriteria.MaxCreationDate) => "--until",
        nameof(OffresSearchCriteria.CodeRome) => "--rome",
        nameof(OffresSearchCriteria.CodeNaf) => "--naf",
        nameof(OffresSearchCriteria.SecteurActivite) => "--secteur",
        _ => criterion,
    };

    private static DateTimeOffset ParseDate(string text, string option, bool endOfDay) =>
        DateArgument.TryParse(text, endOfDay, out var value)
            ? value
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option}: '{text}' is not a date."));

    /// <summary>List options take comma-separated values and may be repeated.</summary>
    private static List<string> Split(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    /// <summary>Place lists also take ';' between names.</summary>
    private static List<string> SplitPlaces(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
