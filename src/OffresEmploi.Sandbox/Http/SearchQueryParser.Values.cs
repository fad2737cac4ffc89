using System.Globalization;
using System.Text.RegularExpressions;
using OffresEmploi.Sandbox.Data;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sandbox.Http;

/// <summary>The per-kind value parsers of <see cref="SearchQueryParser"/>.</summary>
internal static partial class SearchQueryParser
{
    private const int MaxMotsCles = 7;

    private static string[] SplitList(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? ParseChoice(QueryParameters q, string name, string[] allowed, string expected)
    {
        var value = q[name];
        return value is null || allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new InvalidParameterException(ParameterMessages.Format(name, expected));
    }

    private static string? ParseCode(QueryParameters q, string name, string referentiel)
    {
        var value = q[name];
        return value is null || ReferentielData.IsKnownCode(referentiel, value)
            ? value
            : throw new InvalidParameterException(ParameterMessages.Value(name));
    }

    private static string[] ParseCodes(QueryParameters q, string name, string referentiel, int max)
    {
        var values = SplitList(q[name]);
        if (values.Length > max)
        {
            throw new InvalidParameterException(ParameterMessages.TooManyValues(name, max));
        }

        return values.All(v => ReferentielData.IsKnownCode(referentiel, v))
            ? values
            : throw new InvalidParameterException(ParameterMessages.Value(name));
    }

    /// <summary>
    /// <c>commune</c>: referentiel codes, except the city-wide codes of the communes split into arrondissements
    /// (75056, 69123, 13055), which production answers with a 400 (third-party evidence): there the arrondissements
    /// are the communes, and a search around one of them with a distance reaches the whole city.
    /// </summary>
    private static string[] ParseCommunes(QueryParameters q)
    {
        var values = ParseCodes(q, "commune", "communes", 5);
        var communes = SandboxData.Instance.Communes;
        return values.Any(v => communes.Arrondissements.ContainsKey(communes.IndexOf(v)))
            ? throw new InvalidParameterException(ParameterMessages.Value("commune"))
            : values;
    }

    private static string[] ParseNafCodes(QueryParameters q)
    {
        var values = SplitList(q["codeNAF"]);
        if (values.Any(v => !NafPattern().IsMatch(v)))
        {
            throw new InvalidParameterException(ParameterMessages.Format("codeNAF", "99.99X attendu."));
        }

        return values.Length > 2
            ? throw new InvalidParameterException(ParameterMessages.TooManyValues("codeNAF", 2))
            : values.All(v => ReferentielData.IsKnownCode("nafs", v)) ? values : throw new InvalidParameterException(ParameterMessages.Value("codeNAF"));
    }

    /// <summary><c>paysContinent</c> takes a country or a continent code.</summary>
    private static string? ParsePaysContinent(QueryParameters q)
    {
        var value = q["paysContinent"];
        return value is null || ReferentielData.IsKnownCode("pays", value) || ReferentielData.IsKnownCode("continents", value)
            ? value
            : throw new InvalidParameterException(ParameterMessages.Value("paysContinent"));
    }

    private static bool? ParseBoolean(QueryParameters q, string name) => q[name] switch
    {
        null => null,
        var v when string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) => true,
        var v when string.Equals(v, "false", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw new InvalidParameterException(ParameterMessages.Boolean(name)),
    };

    private static int? ParseNonNegativeInteger(QueryParameters q, string name) => q[name] switch
    {
        null => null,
        var v when int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw new InvalidParameterException(ParameterMessages.Format(name, "Entier positif attendu.")),
    };

    private static int? ParsePositiveInteger(QueryParameters q, string name) => ParseNonNegativeInteger(q, name) switch
    {
        < 1 => throw new InvalidParameterException(ParameterMessages.Format(name, "Entier positif attendu.")),
        var n => n,
    };

    /// <summary>Each keyword has at least 2 characters among letters, digits, spaces and <c>@#$%^&amp;+./-"'</c>.</summary>
    private static string[] ParseMotsCles(QueryParameters q)
    {
        var raw = q["motsCles"];
        if (raw is null)
        {
            return [];
        }

        var words = raw.Split(',', StringSplitOptions.TrimEntries);
        return words.Length > MaxMotsCles || words.Any(w => w.Length < 2 || !MotCleCharacters().IsMatch(w))
            ? throw new InvalidParameterException(ParameterMessages.MotsCles)
            : words;
    }

    /// <summary>A non-negative decimal number; one too large for <see cref="decimal"/> still is one (no offer pays that much).</summary>
    private static decimal? ParseSalaire(QueryParameters q) => q["salaireMin"] switch
    {
        null => null,
        var v when decimal.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) => amount,
        var v when DecimalNumber().IsMatch(v) => decimal.MaxValue,
        _ => throw new InvalidParameterException(ParameterMessages.Format("salaireMin", "Nombre attendu.")),
    };

    /// <summary>Dates are <c>yyyy-MM-ddTHH:mm:ssZ</c>, UTC, without fractions, exactly as documented.</summary>
    private static DateTimeOffset? ParseDate(QueryParameters q, string name) => q[name] switch
    {
        null => null,
        var v when DateTimeOffset.TryParseExact(v, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) => date,
        _ => throw new InvalidParameterException(ParameterMessages.Format(name, "yyyy-MM-dd'T'hh:mm:ss'Z' attendu.")),
    };

    private static string? ParseGrandDomaine(QueryParameters q)
    {
        var value = q["grandDomaine"];
        return value is null || GrandDomaine.FromValue(value).IsKnown
            ? value
            : throw new InvalidParameterException(ParameterMessages.GrandDomaine);
    }

    /// <summary>Weekly hours as <c>HHMM</c> (<c>800</c>, <c>3530</c>): up to 4 digits, minutes below 60.</summary>
    private static int? ParseHhmm(QueryParameters q, string name) => q[name] switch
    {
        null => null,
        var v when v.Length <= 4 && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm) && hhmm % 100 < 60 => hhmm,
        _ => throw new InvalidParameterException(ParameterMessages.Format(name, "HHMM attendu.")),
    };

    private static double? ParseMonths(QueryParameters q, string name) => q[name] switch
    {
        null => null,
        var v when double.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var months) && months <= 99 => months,
        _ => throw new InvalidParameterException(ParameterMessages.Format(name, "Nombre décimal de 0 à 99 attendu.")),
    };

    [GeneratedRegex("^[0-9]+(\\.[0-9]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();

    [GeneratedRegex("^[0-9]{2}\\.[0-9]{2}[A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex NafPattern();

    [GeneratedRegex("^[\\p{L}\\p{Mn}0-9 @#$%^&+./\\-\"']+$", RegexOptions.CultureInvariant)]
    private static partial Regex MotCleCharacters();
}
