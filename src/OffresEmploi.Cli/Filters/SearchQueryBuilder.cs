using System.Globalization;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Filters;

/// <summary>Turns <see cref="FilterSettings"/> into an <see cref="OffresSearchRequest"/>, resolving place names.</summary>
/// <remarks>Code values (contract types, ROME codes) are passed through as typed: the SDK and the API
/// validate them and their messages reach the user. Only what the CLI adds (place names, dates,
/// word aliases) is checked here.</remarks>
internal sealed class SearchQueryBuilder(PlaceArguments places, TimeProvider timeProvider)
{
    private readonly PlaceArguments _places = places;
    private readonly TimeProvider _timeProvider = timeProvider;

    /// <summary>Builds the query.</summary>
    /// <param name="settings">The parsed options.</param>
    /// <param name="sort">The sort order, when the command has one.</param>
    /// <returns>The query.</returns>
    /// <exception cref="UsageException">A place matches nothing, or a value cannot be read.</exception>
    public SearchQuery Build(FilterSettings settings, Sort? sort = null)
    {
        var notes = new List<string>();
        var parameters = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parameters.Add(new(name, value));
            }
        }

        var motsCles = Split(settings.Keywords, upper: false);
        var places = settings.Communes.SelectMany(SplitPlaces).Select(c => _places.Commune(c, notes)).ToList();
        var area = places.Count == 0 ? null : _places.SearchArea(places, settings.Distance, notes);
        var communes = area?.Commune?.ToList() ?? [];
        var distance = area?.Distance;
        var departements = settings.Departements.SelectMany(SplitPlaces).Select(d => _places.Departement(d, notes).Code)
            .Concat(area?.Departement ?? []).Distinct().ToList();
        var region = settings.Region is null ? null : _places.Region(settings.Region, notes).Code;
        var typesContrat = Split(settings.TypesContrat, upper: true);
        var naturesContrat = Split(settings.NaturesContrat, upper: true);
        var rome = Split(settings.Rome, upper: true);
        var naf = Split(settings.Naf, upper: true);
        var secteurs = Split(settings.Secteurs, upper: false);
        var qualification = settings.Qualification is null ? null : QualificationCode(settings.Qualification);
        var periode = settings.SalaireMin is null ? null : (settings.Periode ?? "A").Trim().ToUpperInvariant();
        var (minDate, maxDate) = CreationDates(settings);
        bool? tempsPlein = settings.TempsPlein ? true : settings.TempsPartiel ? false : null;

        Add("motsCles", Join(motsCles));
        Add("commune", Join(communes));
        Add("distance", distance?.ToString(CultureInfo.InvariantCulture));
        Add("departement", Join(departements));
        Add("inclureLimitrophes", settings.Limitrophes ? "true" : null);
        Add("region", region);
        Add("typeContrat", Join(typesContrat));
        Add("natureContrat", Join(naturesContrat));
        Add("experience", settings.Experience);
        Add("qualification", qualification);
        Add("salaireMin", settings.SalaireMin?.ToString(CultureInfo.InvariantCulture));
        Add("periodeSalaire", periode);
        Add("publieeDepuis", settings.PublieeDepuis?.ToString(CultureInfo.InvariantCulture));
        Add("minCreationDate", minDate?.ToString(OutputDate, CultureInfo.InvariantCulture));
        Add("maxCreationDate", maxDate?.ToString(OutputDate, CultureInfo.InvariantCulture));
        Add("codeROME", Join(rome));
        Add("codeNAF", Join(naf));
        Add("secteurActivite", Join(secteurs));
        Add("tempsPlein", tempsPlein?.ToString().ToLowerInvariant());
        Add("sort", sort?.Value);

        var request = new OffresSearchRequest
        {
            MotsCles = NullIfEmpty(motsCles),
            Commune = NullIfEmpty(communes),
            Distance = distance,
            Departement = NullIfEmpty(departements),
            InclureLimitrophes = settings.Limitrophes ? true : null,
            Region = region is null ? (RegionCode?)null : new RegionCode(region),
            TypeContrat = NullIfEmpty(typesContrat.Select(t => new TypeContrat(t)).ToList()),
            NatureContrat = NullIfEmpty(naturesContrat.Select(n => new NatureContrat(n)).ToList()),
            Experience = settings.Experience is null ? (Experience?)null : new Experience(settings.Experience.Trim()),
            Qualification = qualification is null ? (Qualification?)null : new Qualification(qualification),
            SalaireMin = settings.SalaireMin,
            PeriodeSalaire = periode is null ? (PeriodeSalaire?)null : new PeriodeSalaire(periode),
            PublieeDepuis = settings.PublieeDepuis,
            MinCreationDate = minDate,
            MaxCreationDate = maxDate,
            CodeRome = NullIfEmpty(rome),
            CodeNaf = NullIfEmpty(naf),
            SecteurActivite = NullIfEmpty(secteurs),
            TempsPlein = tempsPlein,
            Sort = sort,
        };
        return new SearchQuery(request, notes, parameters);
    }

    private const string OutputDate = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>The API is only known to accept both creation dates together, so a missing one is filled in.</summary>
    private (DateTimeOffset? Min, DateTimeOffset? Max) CreationDates(FilterSettings settings)
    {
        if (settings.Since is null && settings.Until is null)
        {
            return (null, null);
        }

        var now = _timeProvider.GetUtcNow();
        var max = settings.Until is null ? now : ParseDate(settings.Until, "--until", endOfDay: true);
        var min = settings.Since is null ? max.AddYears(-1) : ParseDate(settings.Since, "--since", endOfDay: false);
        if (min > max)
        {
            throw new UsageException("--since is after --until.");
        }

        // The API takes whole seconds in UTC.
        return (Truncate(min), Truncate(max));
    }

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcDateTime.Ticks - (value.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static DateTimeOffset ParseDate(string text, string option, bool endOfDay) =>
        DateArgument.TryParse(text, endOfDay, out var value)
            ? value
            : throw new UsageException($"{option}: '{text}' is not a date.");

    private static string QualificationCode(string text) => text.Trim().ToUpperInvariant() switch
    {
        "CADRE" => "9",
        "NON-CADRE" or "NONCADRE" or "NON CADRE" => "0",
        var code => code,
    };

    private static List<string> Split(IEnumerable<string> values, bool upper) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
              .Select(v => upper ? v.ToUpperInvariant() : v)
              .Distinct(StringComparer.Ordinal)
              .ToList();

    /// <summary>Place lists use ';' between names, since "Annecy (74)" style names never contain it but may contain commas in codes lists.</summary>
    private static IEnumerable<string> SplitPlaces(string value) =>
        value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Join(List<string> values) => values.Count == 0 ? null : string.Join(',', values);

    private static List<T>? NullIfEmpty<T>(List<T> values) => values.Count == 0 ? null : values;
}
