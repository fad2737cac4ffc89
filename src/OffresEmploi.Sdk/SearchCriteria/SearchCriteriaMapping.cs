using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary><see cref="OffresSearchCriteria.Resolve"/>: criteria in user terms to the request, the one mapping under every facade.</summary>
internal static class SearchCriteriaMapping
{
    private static readonly string[] CriterionNames =
    [
        nameof(OffresSearchCriteria.MotsCles), nameof(OffresSearchCriteria.Commune), nameof(OffresSearchCriteria.Distance),
        nameof(OffresSearchCriteria.Departement), nameof(OffresSearchCriteria.InclureLimitrophes), nameof(OffresSearchCriteria.Region),
        nameof(OffresSearchCriteria.TypeContrat), nameof(OffresSearchCriteria.NatureContrat), nameof(OffresSearchCriteria.Experience),
        nameof(OffresSearchCriteria.Qualification), nameof(OffresSearchCriteria.TempsPlein), nameof(OffresSearchCriteria.SalaireMin),
        nameof(OffresSearchCriteria.PeriodeSalaire), nameof(OffresSearchCriteria.PublieeDepuis), nameof(OffresSearchCriteria.MinCreationDate),
        nameof(OffresSearchCriteria.MaxCreationDate), nameof(OffresSearchCriteria.CodeRome), nameof(OffresSearchCriteria.CodeNaf),
        nameof(OffresSearchCriteria.SecteurActivite),
    ];

    public static ResolvedOffresSearch Resolve(OffresSearchCriteria criteria, PlaceResolver? places, OffresSearchCriteriaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var lieu = Text(criteria.Lieu);
        var communes = Values(criteria.Commune, upper: false);
        var departements = Values(criteria.Departement, upper: false);
        var region = Text(criteria.Region);

        // Every rule that needs no place list comes first, so a mistake costs no loading.
        if (lieu is not null && (communes.Count > 0 || departements.Count > 0 || region is not null))
        {
            throw CriteriaErrors.LieuWithCodes();
        }

        if (criteria.Distance is < 0 and var km)
        {
            throw CriteriaErrors.NegativeDistance(km);
        }

        if (criteria.Distance is not null && lieu is null && communes.Count == 0)
        {
            throw CriteriaErrors.DistanceWithoutCommune();
        }

        var (salaire, periode) = Salary(criteria, options);
        if (criteria.PublieeDepuis is < 1 and var days)
        {
            throw CriteriaErrors.NotPositiveDays(days);
        }

        var (minDate, maxDate) = CreationDates(criteria, options.TimeProvider);
        var typeContrat = Codes(criteria.TypeContrat, static c => new TypeContrat(c));
        var natureContrat = Codes(criteria.NatureContrat, static c => new NatureContrat(c));
        var experience = Create(Code(criteria.Experience), static c => new Experience(c));
        var qualification = Create(QualificationCode(criteria.Qualification), static c => new Qualification(c));
        if (options.KnownCodesOnly)
        {
            KnownCodes.Check(typeContrat, natureContrat, experience, qualification, periode);
        }

        var notes = new List<string>();
        var place = new CriteriaPlaces(places, options, notes).Resolve(lieu, communes, criteria.Distance, departements, region);
        if (criteria.InclureLimitrophes == true && place.Departement is null)
        {
            throw CriteriaErrors.LimitrophesWithoutDepartement();
        }

        var request = new OffresSearchRequest
        {
            MotsCles = NullIfEmpty(Values(criteria.MotsCles, upper: false)),
            Commune = place.Commune,
            Distance = place.Distance,
            Departement = place.Departement,
            InclureLimitrophes = criteria.InclureLimitrophes,
            Region = Create(place.Region, static c => new RegionCode(c)),
            TypeContrat = typeContrat,
            NatureContrat = natureContrat,
            Experience = experience,
            Qualification = qualification,
            TempsPlein = criteria.TempsPlein,
            SalaireMin = salaire,
            PeriodeSalaire = periode,
            PublieeDepuis = criteria.PublieeDepuis,
            MinCreationDate = minDate,
            MaxCreationDate = maxDate,
            CodeRome = NullIfEmpty(Values(criteria.CodeRome, upper: true)),
            CodeNaf = NullIfEmpty(Values(criteria.CodeNaf, upper: true)),
            SecteurActivite = NullIfEmpty(Values(criteria.SecteurActivite, upper: false)),
        };
        Validate(request);
        return new ResolvedOffresSearch { Request = request, Notes = notes, Where = place.Where };
    }

    /// <summary>The criteria are named after the API parameters they become: <c>motsCles</c> is <see cref="OffresSearchCriteria.MotsCles"/>.</summary>
    /// <returns>The criterion; <paramref name="parameter"/> itself for a parameter no criterion sets.</returns>
    public static string CriterionOf(string parameter) =>
        Array.Find(CriterionNames, name => string.Equals(name, parameter, StringComparison.OrdinalIgnoreCase)) ?? parameter;

    /// <summary>
    /// The API's rules (<see cref="OffresSearchRequestValidator"/>: keyword length and count, list sizes, NAF format...)
    /// reported here, with the criterion's name, so each facade's error names what its user typed.
    /// </summary>
    private static void Validate(OffresSearchRequest request)
    {
        if (OffresSearchRequestValidator.FirstError(request, OffresRangeLimits.Current, static name => name) is ({ } parameter, not null))
        {
            throw new OffresSearchCriteriaException(
                CriterionOf(parameter),
                n => OffresSearchRequestValidator.FirstError(request, OffresRangeLimits.Current, p => n(CriterionOf(p))).Error ?? parameter);
        }
    }

    private static (double? Salaire, PeriodeSalaire? Periode) Salary(OffresSearchCriteria criteria, OffresSearchCriteriaOptions options)
    {
        var periode = Create(Code(criteria.PeriodeSalaire), static c => new PeriodeSalaire(c));
        if (criteria.SalaireMin is not { } salaire)
        {
            return periode is null ? (null, null) : throw CriteriaErrors.PeriodWithoutSalary();
        }

        if (salaire < 0 || !double.IsFinite(salaire))
        {
            throw CriteriaErrors.BadSalary(salaire);
        }

        return (salaire, periode ?? options.DefaultPeriodeSalaire ?? throw CriteriaErrors.SalaryWithoutPeriod());
    }

    /// <summary>The API is only known to accept both creation dates together, so a missing one is filled in; it takes whole seconds in UTC.</summary>
    private static (DateTimeOffset? Min, DateTimeOffset? Max) CreationDates(OffresSearchCriteria criteria, TimeProvider timeProvider)
    {
        if (criteria.MinCreationDate is null && criteria.MaxCreationDate is null)
        {
            return (null, null);
        }

        var max = criteria.MaxCreationDate ?? timeProvider.GetUtcNow();
        var min = criteria.MinCreationDate ?? max.AddYears(-1);
        return min <= max ? (WholeSeconds(min), WholeSeconds(max)) : throw CriteriaErrors.DatesReversed(criteria.MaxCreationDate is not null);
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>"cadre" and "non-cadre" are how people say 9 and 0.</summary>
    private static string? QualificationCode(string? text) => Code(text) switch
    {
        "CADRE" => "9",
        "NON-CADRE" or "NONCADRE" or "NON CADRE" => "0",
        var code => code,
    };

    /// <summary>The one place where code strings become the generated extensible enums.</summary>
    private static T? Create<T>(string? code, Func<string, T> create)
        where T : struct => code is null ? null : create(code);

    private static List<T>? Codes<T>(IReadOnlyList<string>? values, Func<string, T> create) =>
        NullIfEmpty(Values(values, upper: true).Select(create).ToList());

    private static string? Code(string? text) => Text(text)?.ToUpperInvariant();

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> Values(IReadOnlyList<string>? values, bool upper) =>
        (values ?? []).Select(Text).OfType<string>().Select(v => upper ? v.ToUpperInvariant() : v).Distinct(StringComparer.Ordinal).ToList();

    private static List<T>? NullIfEmpty<T>(List<T> values) => values.Count == 0 ? null : values;
}
