using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Sdk;

/// <summary>
/// Checks an <see cref="OffresSearchRequest"/> against the API's documented rules before anything is sent, so a
/// mistake costs no request, no quota and no 400.
/// </summary>
/// <remarks>
/// A refused request raises <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> is the
/// API's parameter name (<c>motsCles</c>, <c>range</c>, ...) and whose message names the rule. Limits come from the
/// publisher's specification (2026) and the API's own 400 messages.
/// </remarks>
public static class OffresSearchRequestValidator
{
    /// <summary>The most <c>codeROME</c> values one search accepts.</summary>
    public const int MaxCodeRome = 200;

    /// <summary>The most <c>commune</c> values one search accepts.</summary>
    public const int MaxCommunes = 5;

    /// <summary>The most <c>departement</c> values one search accepts.</summary>
    public const int MaxDepartements = 5;

    /// <summary>The most <c>secteurActivite</c> values one search accepts.</summary>
    public const int MaxSecteursActivite = 2;

    /// <summary>The most <c>codeNAF</c> values one search accepts.</summary>
    public const int MaxCodesNaf = 2;

    /// <summary>The most keywords <c>motsCles</c> accepts.</summary>
    public const int MaxMotsCles = 7;

    /// <summary>The shortest keyword <c>motsCles</c> accepts.</summary>
    public const int MinMotCleLength = 2;

    // The publisher lists letters, digits, space and these; a comma would split the keyword in two.
    private const string MotCleSymbols = "@#$%^&+./-\"";

    /// <summary>Throws when the API would refuse <paramref name="request"/>.</summary>
    /// <param name="request">The search criteria.</param>
    /// <param name="limits">The <c>range</c> bounds; <see cref="OffresRangeLimits.Current"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule is broken; <see cref="ArgumentException.ParamName"/> is the API parameter.</exception>
    public static void Validate(OffresSearchRequest request, OffresRangeLimits? limits = null)
    {
        if (!TryValidate(request, limits, out var parameter, out var error))
        {
            throw new ArgumentException(error, parameter);
        }
    }

    /// <summary>Checks <paramref name="request"/> without throwing.</summary>
    /// <param name="request">The search criteria.</param>
    /// <param name="limits">The <c>range</c> bounds; <see cref="OffresRangeLimits.Current"/> when null.</param>
    /// <param name="parameter">The API parameter at fault, when a rule is broken.</param>
    /// <param name="error">The rule that is broken.</param>
    /// <returns><see langword="true"/> when the request can be sent.</returns>
    public static bool TryValidate(
        OffresSearchRequest request,
        OffresRangeLimits? limits,
        [NotNullWhen(false)] out string? parameter,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        (parameter, error) = FirstError(request, limits ?? OffresRangeLimits.Current, static name => name);
        return error is null;
    }

    /// <summary>The first broken rule: the API parameter at fault and the message, naming parameters through <paramref name="n"/>.</summary>
    /// <remarks><see cref="OffresSearchCriteria.Resolve"/> passes the criteria's names, so its callers can show their own names for them.</remarks>
    internal static (string? Parameter, string? Error) FirstError(OffresSearchRequest request, OffresRangeLimits limits, Func<string, string> n)
    {
        if (request.Range is { } rangeText)
        {
            if (!OffresRange.TryParse(rangeText, out var range))
            {
                return ("range", $"The range '{rangeText}' must be '<first>-<last>': two non-negative integers with first <= last.");
            }

            if (!range.IsValid(limits, out var rangeError))
            {
                return ("range", rangeError);
            }
        }

        return CheckList("codeROME", request.CodeRome, MaxCodeRome, n)
            ?? CheckList("commune", request.Commune, MaxCommunes, n)
            ?? CheckCityWideCommune(request.Commune, n)
            ?? CheckList("departement", request.Departement, MaxDepartements, n)
            ?? CheckList("secteurActivite", request.SecteurActivite, MaxSecteursActivite, n)
            ?? CheckList("codeNAF", request.CodeNaf, MaxCodesNaf, n)
            ?? CheckNafFormat(request.CodeNaf, n)
            ?? CheckList("partenaires", request.Partenaires, int.MaxValue, n)
            ?? CheckMotsCles(request.MotsCles, n)
            ?? CheckSalary(request, n)
            ?? CheckDistance(request, n)
            ?? CheckPublieeDepuis(request.PublieeDepuis, n)
            ?? CheckDates(request, n)
            ?? CheckContractLength(request)
            ?? CheckWeeklyHours(request)
            ?? ((string?)null, (string?)null);
    }

    private static (string?, string?)? CheckList(string parameter, IReadOnlyList<string>? values, int max, Func<string, string> n)
    {
        if (values is null)
        {
            return null;
        }

        if (values.Count > max)
        {
            return (parameter, string.Create(CultureInfo.InvariantCulture, $"{n(parameter)} accepts at most {max} values; {values.Count} were given."));
        }

        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Contains(',', StringComparison.Ordinal))
            {
                return (parameter, $"Each {n(parameter)} value must be non-empty and contain no comma (values are sent comma-joined); got '{value}'.");
            }
        }

        return null;
    }

    /// <summary>The API refuses the city-wide codes of Paris, Lyon and Marseille (third-party evidence): their communes are the arrondissements.</summary>
    private static (string?, string?)? CheckCityWideCommune(IReadOnlyList<string>? communes, Func<string, string> n)
    {
        foreach (var code in communes ?? [])
        {
            if (SplitCity.Find(code) is { } city)
            {
                return ("commune", $"{n("commune")} '{city.Code}' is {city.Name} as a whole, which the API refuses (400 \"Valeur du paramètre « commune » incorrecte.\"): {city.Advice}. PlaceResolver.ToSearchArea does this for you.");
            }
        }

        return null;
    }

    private static (string?, string?)? CheckMotsCles(IReadOnlyList<string>? motsCles, Func<string, string> n)
    {
        if (motsCles is null)
        {
            return null;
        }

        if (motsCles.Count > MaxMotsCles)
        {
            return ("motsCles", string.Create(CultureInfo.InvariantCulture, $"{n("motsCles")} accepts at most {MaxMotsCles} keywords; {motsCles.Count} were given."));
        }

        foreach (var motCle in motsCles)
        {
            if (motCle is null || motCle.Trim().Length < MinMotCleLength)
            {
                return ("motsCles", string.Create(CultureInfo.InvariantCulture, $"Each keyword of {n("motsCles")} must have at least {MinMotCleLength} characters; got '{motCle}'."));
            }

            foreach (var c in motCle)
            {
                // Letters (with combining accents, as decomposed text has them) and ASCII digits only: the API refuses ٣ or １.
                if (!char.IsLetter(c) && !char.IsAsciiDigit(c) && char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark
                    && c != ' ' && !MotCleSymbols.Contains(c, StringComparison.Ordinal))
                {
                    return ("motsCles", $"The keyword '{motCle}' contains '{c}'; {n("motsCles")} allows letters, digits, spaces and {MotCleSymbols} only (digits are 0-9).");
                }
            }
        }

        return null;
    }

    private static (string?, string?)? CheckSalary(OffresSearchRequest request, Func<string, string> n)
    {
        // An empty code is not sent (the API ignores empty values), so it does not count as a period.
        var hasPeriod = request.PeriodeSalaire is { Value.Length: > 0 };
        if (request.SalaireMin is not null && !hasPeriod)
        {
            return ("periodeSalaire", $"{n("salaireMin")} requires {n("periodeSalaire")} (M, A, H or C).");
        }

        if (hasPeriod && request.SalaireMin is null)
        {
            return ("salaireMin", $"{n("periodeSalaire")} requires {n("salaireMin")}.");
        }

        if (request.SalaireMin is { } salaire && (salaire < 0 || !double.IsFinite(salaire)))
        {
            return ("salaireMin", $"{n("salaireMin")} must be a non-negative number.");
        }

        return null;
    }

    private static (string?, string?)? CheckDistance(OffresSearchRequest request, Func<string, string> n)
    {
        if (request.Distance is not { } distance)
        {
            return null;
        }

        if (request.Commune is not { Count: > 0 })
        {
            return ("distance", $"{n("distance")} is only used with {n("commune")}; set {n("commune")} or remove {n("distance")}.");
        }

        return distance < 0 ? ("distance", $"{n("distance")} must be zero or more kilometres.") : null;
    }

    private static (string?, string?)? CheckNafFormat(IReadOnlyList<string>? codes, Func<string, string> n)
    {
        foreach (var code in codes ?? [])
        {
            var c = code.Trim();
            if (c.Length != 6 || !char.IsAsciiDigit(c[0]) || !char.IsAsciiDigit(c[1]) || c[2] != '.' || !char.IsAsciiDigit(c[3]) || !char.IsAsciiDigit(c[4]) || !char.IsAsciiLetterUpper(c[5]))
            {
                return ("codeNAF", $"Each {n("codeNAF")} value must have the NAF format 99.99X (e.g. 62.02A); got '{code}'.");
            }
        }

        return null;
    }

    private static (string?, string?)? CheckPublieeDepuis(int? days, Func<string, string> n) =>
        days < 1 ? ("publieeDepuis", string.Create(CultureInfo.InvariantCulture, $"{n("publieeDepuis")} must be a positive number of days (1, 3, 7, 14 or 31 on the website); got {days}.")) : null;

    private static (string?, string?)? CheckDates(OffresSearchRequest request, Func<string, string> n) =>
        request is { MinCreationDate: { } min, MaxCreationDate: { } max } && min > max
            ? ("minCreationDate", $"{n("minCreationDate")} ({min.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}) must not be after {n("maxCreationDate")} ({max.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}).")
            : null;

    private static (string?, string?)? CheckContractLength(OffresSearchRequest request)
    {
        foreach (var (name, value) in new[] { ("dureeContratMin", request.DureeContratMin), ("dureeContratMax", request.DureeContratMax) })
        {
            if (value is { } months && (months < 0 || months > 99 || !double.IsFinite(months)))
            {
                return (name, $"{name} must be between 0 and 99 months.");
            }
        }

        return request is { DureeContratMin: { } from, DureeContratMax: { } to } && from > to
            ? ("dureeContratMin", "dureeContratMin must not exceed dureeContratMax.")
            : null;
    }

    /// <summary>dureeHebdoMin/Max are HHMM without separator (800 is 8h00): 1 to 4 digits, minutes below 60, min before max.</summary>
    private static (string?, string?)? CheckWeeklyHours(OffresSearchRequest request)
    {
        var min = ReadHhmm(request.DureeHebdoMin);
        var max = ReadHhmm(request.DureeHebdoMax);
        return min == -1 ? ("dureeHebdoMin", HhmmRule("dureeHebdoMin", request.DureeHebdoMin))
            : max == -1 ? ("dureeHebdoMax", HhmmRule("dureeHebdoMax", request.DureeHebdoMax))
            : min > max ? ("dureeHebdoMin", "dureeHebdoMin must not exceed dureeHebdoMax.")
            : null;
    }

    // Null when not sent (empty values are ignored), -1 when malformed.
    private static int? ReadHhmm(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : value.Length <= 4 && value.All(char.IsAsciiDigit) && int.Parse(value, CultureInfo.InvariantCulture) is var hhmm && hhmm % 100 < 60 ? hhmm
        : -1;

    private static string HhmmRule(string name, string? value) =>
        $"{name} must be a weekly time HHMM without separator (800 is 8h00, 3530 is 35h30); got '{value}'.";
}
