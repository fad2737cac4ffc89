using System.Globalization;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>The rules of <see cref="OffresSearchCriteria"/>, worded once: each names its criteria through the caller's names.</summary>
internal static class CriteriaErrors
{
    private const string Lieu = nameof(OffresSearchCriteria.Lieu);
    private const string Commune = nameof(OffresSearchCriteria.Commune);
    private const string Departement = nameof(OffresSearchCriteria.Departement);
    private const string Region = nameof(OffresSearchCriteria.Region);
    private const string Distance = nameof(OffresSearchCriteria.Distance);

    public static OffresSearchCriteriaException LieuWithCodes() => new(Lieu, n =>
        $"Give either {n(Lieu)} (one place, by name or code) or {n(Commune)}, {n(Departement)}, {n(Region)}, not both.");

    public static OffresSearchCriteriaException NegativeDistance(int km) => new(Distance, n =>
        string.Create(CultureInfo.InvariantCulture, $"{n(Distance)} must be 0 or more kilometres (got {km})."));

    public static OffresSearchCriteriaException DistanceWithoutCommune() => new(Distance, n =>
        $"{n(Distance)} applies around a commune: also give one in {n(Commune)} or {n(Lieu)}.");

    public static OffresSearchCriteriaException DistanceAroundOtherKind(string text, Place place) => new(Distance, n =>
        $"{n(Distance)} applies around a commune, but {n(Lieu)} \"{text}\" is {place}: drop {n(Distance)}.");

    public static OffresSearchCriteriaException NoPlace(string criterion, string text) => new(criterion, n => criterion == Lieu
        ? $"{n(Lieu)} \"{text}\": no French commune, département or région has that name or code. Check the spelling, or give a postal code or département code."
        : $"{n(criterion)} \"{text}\": no French place has that name or code.");

    public static OffresSearchCriteriaException OtherKind(string criterion, string text, Place place) => new(criterion, n =>
        $"{n(criterion)} \"{text}\": it names {place}; use {n(CriterionFor(place.Kind))}.");

    public static OffresSearchCriteriaException Ambiguous(string criterion, string text, IReadOnlyList<Place> candidates) => new(criterion, n =>
    {
        var best = candidates[0];
        var list = string.Join("; ", candidates.Take(4));
        var retry = (criterion, best.Kind) switch
        {
            (Lieu, _) => $"Retry with the code of the one meant in {n(Commune)}, {n(Departement)} or {n(Region)}, or a precise name like \"{PreciseName(best)}\".",
            (_, PlaceKind.Commune) => $"Retry with the INSEE code of the one meant or a precise name like \"{PreciseName(best)}\".",
            _ => "Retry with the code of the one meant or its full name.",
        };
        return $"{n(criterion)} \"{text}\" is ambiguous: {list}. {retry}";
    });

    /// <summary>The note when <see cref="AmbiguousPlaceHandling.UseBest"/> picks the first of several candidates.</summary>
    public static string AmbiguousNote(string text, IReadOnlyList<Place> candidates) =>
        $"\"{text}\" is ambiguous: using {candidates[0]} (also {string.Join("; ", candidates.Skip(1).Take(3))}); add the département, e.g. \"{PreciseName(candidates[0])}\".";

    public static OffresSearchCriteriaException LimitrophesWithoutDepartement() => Needs(nameof(OffresSearchCriteria.InclureLimitrophes), Departement);

    public static OffresSearchCriteriaException BadSalary(double amount) => new(nameof(OffresSearchCriteria.SalaireMin), n =>
        string.Create(CultureInfo.InvariantCulture, $"{n(nameof(OffresSearchCriteria.SalaireMin))} must be a number of 0 or more (got {amount})."));

    public static OffresSearchCriteriaException PeriodWithoutSalary() =>
        Needs(nameof(OffresSearchCriteria.PeriodeSalaire), nameof(OffresSearchCriteria.SalaireMin));

    public static OffresSearchCriteriaException SalaryWithoutPeriod() => new(nameof(OffresSearchCriteria.SalaireMin), n =>
        $"{n(nameof(OffresSearchCriteria.SalaireMin))} needs {n(nameof(OffresSearchCriteria.PeriodeSalaire))}, the period the amount is per (M month, A year, H hour): give both or neither.");

    public static OffresSearchCriteriaException NotPositiveDays(int days) => new(nameof(OffresSearchCriteria.PublieeDepuis), n =>
        string.Create(CultureInfo.InvariantCulture, $"{n(nameof(OffresSearchCriteria.PublieeDepuis))} must be a positive number of days (got {days})."));

    public static OffresSearchCriteriaException DatesReversed(bool maxGiven) => new(nameof(OffresSearchCriteria.MinCreationDate), n => maxGiven
        ? $"{n(nameof(OffresSearchCriteria.MinCreationDate))} comes after {n(nameof(OffresSearchCriteria.MaxCreationDate))}."
        : $"{n(nameof(OffresSearchCriteria.MinCreationDate))} is in the future.");

    /// <summary>Worded as the AI tools word a value outside their schema's choices: the value, then the valid ones.</summary>
    public static OffresSearchCriteriaException UnknownCode(string criterion, string code, string valid) => new(criterion, n =>
        $"{n(criterion)}: \"{code}\" is not one of {valid}.");

    private static OffresSearchCriteriaException Needs(string criterion, string other) => new(criterion, n => $"{n(criterion)} needs {n(other)}.");

    private static string CriterionFor(PlaceKind kind) => kind switch
    {
        PlaceKind.Commune => Commune,
        PlaceKind.Departement => Departement,
        _ => Region,
    };

    private static string PreciseName(Place place) =>
        place.Kind == PlaceKind.Commune ? $"{place.Libelle} ({place.CodeDepartement})" : place.Libelle;
}
