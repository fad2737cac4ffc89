using System.Text.RegularExpressions;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>
/// The rules only the API can judge, and so the only 400s a property run accepts: a code that is not in the API's
/// referentiel or code list. The SDK passes codes through unchanged, on purpose: referentiels change (communes merge,
/// ROME codes are added) and the code types are extensible, so a code the API adds works without an SDK release.
/// An empty code is not a code: the API ignores empty values. Everything else (shapes such as codeNAF's 99.99X,
/// counts, lengths, characters, ranges, pairings, orders) is checked locally.
/// </summary>
internal static partial class ServerOnlyRules
{
    /// <summary>Whether a 400 naming <paramref name="parameter"/> is allowed for <paramref name="request"/>: only when
    /// that parameter really holds a code the referentiel (or the code type) does not know.</summary>
    public static bool Allows(OffresSearchRequest request, string parameter, KnownCodes codes) => parameter switch
    {
        "domaine" => Unknown(request.Domaine, "domaines", codes),
        "appellation" => Unknown(request.Appellation, "appellations", codes),
        "paysContinent" => Unknown(request.PaysContinent, "pays", codes) && Unknown(request.PaysContinent, "continents", codes),
        "codeROME" => AnyUnknown(request.CodeRome, "metiers", codes),
        "secteurActivite" => AnyUnknown(request.SecteurActivite, "secteursActivites", codes),
        "codeNAF" => AnyUnknown(request.CodeNaf, "nafs", codes) && request.CodeNaf!.All(c => NafFormat().IsMatch(c.Trim())),
        "commune" => AnyUnknown(request.Commune, "communes", codes),
        "departement" => AnyUnknown(request.Departement, "departements", codes),
        "typeContrat" => AnyUnknown(request.TypeContrat?.Select(t => t.Value), "typesContrats", codes),
        "natureContrat" => AnyUnknown(request.NatureContrat?.Select(t => t.Value), "naturesContrats", codes),
        "theme" => Unknown(request.Theme?.Value, "themes", codes),
        "region" => Unknown(request.Region?.Value, "regions", codes),
        "niveauFormation" => Unknown(request.NiveauFormation?.Value, "niveauxFormations", codes),
        "permis" => Unknown(request.Permis?.Value, "permis", codes),
        "sort" => request.Sort is { IsKnown: false, Value.Length: > 0 },
        "experience" => request.Experience is { IsKnown: false, Value.Length: > 0 },
        "experienceExigence" => request.ExperienceExigence is { IsKnown: false, Value.Length: > 0 },
        "origineOffre" => request.OrigineOffre is { IsKnown: false, Value.Length: > 0 },
        "qualification" => request.Qualification is { IsKnown: false, Value.Length: > 0 },
        "periodeSalaire" => request.PeriodeSalaire is { IsKnown: false, Value.Length: > 0 },
        "grandDomaine" => request.GrandDomaine is { IsKnown: false, Value.Length: > 0 },
        "modeSelectionPartenaires" => request.ModeSelectionPartenaires is { IsKnown: false, Value.Length: > 0 },
        "dureeHebdo" => request.DureeHebdo is { IsKnown: false, Value.Length: > 0 },
        _ => false,
    };

    /// <summary>The API parameter a 400 message names (<c>« commune »</c>), or <c>range</c> for the range messages.</summary>
    public static string? ParameterOf(string? apiMessage) =>
        apiMessage is null ? null
        : Named().Match(apiMessage) is { Success: true } m ? m.Groups[1].Value
        : apiMessage.StartsWith("La plage", StringComparison.Ordinal) || apiMessage.StartsWith("La position", StringComparison.Ordinal) ? "range"
        : null;

    // The API ignores an empty value; a single code is compared as sent.
    private static bool Unknown(string? code, string referentiel, KnownCodes codes) =>
        !string.IsNullOrEmpty(code) && !codes.Contains(referentiel, code);

    // Lists travel comma-joined and the API trims each value and skips empty ones.
    private static bool AnyUnknown(IEnumerable<string>? values, string referentiel, KnownCodes codes) =>
        values is not null && values
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Any(v => !codes.Contains(referentiel, v));

    [GeneratedRegex("^[0-9]{2}\\.[0-9]{2}[A-Z]$")]
    private static partial Regex NafFormat();

    [GeneratedRegex("« ([A-Za-z]+) »")]
    private static partial Regex Named();
}
