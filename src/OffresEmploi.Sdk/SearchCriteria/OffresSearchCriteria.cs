
namespace OffresEmploi.Sdk.Models;

/// <summary>
/// Search criteria in the words a person uses: place names or codes, a radius, code strings. <see cref="Resolve"/> turns
/// them into the <see cref="OffresSearchRequest"/> the API accepts, offline, with notes saying how places were read.
/// </summary>
/// <remarks>
/// <para>
/// The properties are named after the API parameters they become. Place criteria take names, postal codes or codes
/// ("Annecy", "74000", "74010"; "Haute-Savoie", "74"; "Bretagne", "53"), resolved by <see cref="PlaceResolver"/>;
/// code criteria take the codes of their referentiel, case-insensitive (<c>cdi</c> is <c>CDI</c>).
/// Blank values and duplicates in lists are ignored. Values are not split on commas.
/// </para>
/// <para>
/// The CLI's filter options and the AI tools' search arguments are read into this type, so both search the same way.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var search = new OffresSearchCriteria { MotsCles = ["boulanger"], Commune = ["Annecy"], Distance = 20, TypeContrat = ["CDI"] }.Resolve();
/// var page = await client.SearchAsync(search.Request);
/// Console.WriteLine($"{page.Total} offers in {search.Where}");   // "Annecy (74010) + 20 km"
/// </code>
/// </example>
public sealed record OffresSearchCriteria
{
    /// <summary>Gets the keywords, all of which must match (<c>motsCles</c>).</summary>
    public IReadOnlyList<string>? MotsCles { get; init; }

    /// <summary>
    /// Gets one place of any kind: a commune, département or région, by name or code ("Annecy", "Paris 11e", "74000",
    /// "Haute-Savoie", "Bretagne"). An alternative to <see cref="Commune"/>, <see cref="Departement"/> and
    /// <see cref="Region"/>, which cannot be given with it.
    /// </summary>
    /// <remarks>A région code alone ("84") reads as the département of that number: use <see cref="Region"/> for région codes.</remarks>
    public string? Lieu { get; init; }

    /// <summary>Gets the communes: names ("Annecy", "Lyon 3e", "Annecy (74)"), postal codes or INSEE codes (<c>commune</c>, at most 5).</summary>
    public IReadOnlyList<string>? Commune { get; init; }

    /// <summary>
    /// Gets the radius in km around the commune(s) of <see cref="Commune"/> or <see cref="Lieu"/> (0 = the communes alone);
    /// when null, <see cref="OffresSearchCriteriaOptions.DefaultDistanceKm"/> applies.
    /// </summary>
    public int? Distance { get; init; }

    /// <summary>Gets the départements: names ("Haute-Savoie") or codes (<c>74</c>, <c>2A</c>, <c>971</c>) (<c>departement</c>, at most 5).</summary>
    public IReadOnlyList<string>? Departement { get; init; }

    /// <summary>Gets whether to include the départements bordering <see cref="Departement"/> (<c>inclureLimitrophes</c>).</summary>
    public bool? InclureLimitrophes { get; init; }

    /// <summary>Gets the région: name ("Bretagne") or code (<c>53</c>) (<c>region</c>).</summary>
    public string? Region { get; init; }

    /// <summary>Gets the contract type codes: <c>CDI</c>, <c>CDD</c>, <c>MIS</c>... (<c>typeContrat</c>, see <see cref="Models.TypeContrat"/>).</summary>
    public IReadOnlyList<string>? TypeContrat { get; init; }

    /// <summary>Gets the contract nature codes: <c>E1</c>, <c>E2</c>, <c>FS</c>... (<c>natureContrat</c>, see <see cref="Models.NatureContrat"/>).</summary>
    public IReadOnlyList<string>? NatureContrat { get; init; }

    /// <summary>Gets the experience code: <c>1</c> under 1 year, <c>2</c> 1 to 3 years, <c>3</c> over 3 years (<c>experience</c>).</summary>
    public string? Experience { get; init; }

    /// <summary>Gets the qualification: <c>0</c> or <c>non-cadre</c>, <c>9</c> or <c>cadre</c> (<c>qualification</c>).</summary>
    public string? Qualification { get; init; }

    /// <summary>Gets <see langword="true"/> for full-time offers only, <see langword="false"/> for part-time only (<c>tempsPlein</c>).</summary>
    public bool? TempsPlein { get; init; }

    /// <summary>Gets the minimum gross salary in euros per <see cref="PeriodeSalaire"/> (<c>salaireMin</c>).</summary>
    public double? SalaireMin { get; init; }

    /// <summary>
    /// Gets the period of <see cref="SalaireMin"/>: <c>M</c> month, <c>A</c> year, <c>H</c> hour, <c>C</c> per performance
    /// (<c>periodeSalaire</c>); when null, <see cref="OffresSearchCriteriaOptions.DefaultPeriodeSalaire"/> applies.
    /// </summary>
    public string? PeriodeSalaire { get; init; }

    /// <summary>Gets the maximum age of offers in days (<c>publieeDepuis</c>; the website offers 1, 3, 7, 14 and 31).</summary>
    public int? PublieeDepuis { get; init; }

    /// <summary>Gets the earliest creation time (<c>minCreationDate</c>); when only the other bound is given, this one is a year before it.</summary>
    public DateTimeOffset? MinCreationDate { get; init; }

    /// <summary>Gets the latest creation time (<c>maxCreationDate</c>); when only the other bound is given, this one is now.</summary>
    public DateTimeOffset? MaxCreationDate { get; init; }

    /// <summary>Gets the ROME job codes: <c>M1805</c>... (<c>codeROME</c>).</summary>
    public IReadOnlyList<string>? CodeRome { get; init; }

    /// <summary>Gets the NAF codes, format <c>99.99X</c> (<c>codeNAF</c>, at most 2).</summary>
    public IReadOnlyList<string>? CodeNaf { get; init; }

    /// <summary>Gets the business sectors, NAF divisions of 2 digits (<c>secteurActivite</c>, at most 2).</summary>
    public IReadOnlyList<string>? SecteurActivite { get; init; }

    /// <summary>Turns the criteria into the request the API accepts, resolving places offline.</summary>
    /// <param name="places">The place resolver; <see cref="PlaceResolver.Default"/> when null. It is only used when a place criterion is given.</param>
    /// <param name="options">How to treat an ambiguous place name and missing values; <see cref="OffresSearchCriteriaOptions.Default"/> when null.</param>
    /// <returns>The request (without <c>range</c> or <c>sort</c>), the notes for the user and a description of the place searched.</returns>
    /// <remarks>
    /// Paris, Lyon and Marseille as a whole and municipal arrondissements are searched as
    /// <see cref="PlaceResolver.ToSearchArea"/> says; départements that search form needs are added to
    /// <see cref="Departement"/>'s. The request is then checked against the API's rules
    /// (<see cref="OffresSearchRequestValidator"/>: at most 7 keywords of 2 characters or more, list sizes, formats...), and
    /// a broken rule is an <see cref="OffresSearchCriteriaException"/> naming the criterion.
    /// </remarks>
    /// <exception cref="OffresSearchCriteriaException">A criterion cannot be used: a place matches nothing or only a place
    /// of another kind, a name is ambiguous under <see cref="AmbiguousPlaceHandling.Refuse"/>, criteria contradict each other,
    /// the API would refuse a value, or a code is not in its code list under <see cref="OffresSearchCriteriaOptions.KnownCodesOnly"/>.</exception>
    public ResolvedOffresSearch Resolve(PlaceResolver? places = null, OffresSearchCriteriaOptions? options = null) =>
        SearchCriteriaMapping.Resolve(this, places, options ?? OffresSearchCriteriaOptions.Default);
}
