using CsCheck;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>Multi-valued parameters: referentiel code lists, keywords and partners.</summary>
internal sealed partial class SearchRequestGens
{
    private const string MotCleSymbols = "@#$%^&+./-\"";

    /// <summary>Keywords the API documents as valid: letters (accents included), digits, spaces and its symbols, 2+ characters.</summary>
    private static readonly Gen<string> s_validMotCle = Gen.Frequency<string>(
        (4, Gen.OneOf("boulanger", "développeur", ".NET", "C#", "C++", "java", "aide-soignant", "BTS", "r&d", "30%", "\"chef de rang\"", "e-commerce", "Œnologue", "3D", "ingénieur logiciel")),
        (2, Gen.Char["abcdefghijklmnopqrstuvwxyzéèàçùABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Array[2, 12].Select(c => new string(c))),
        (1, Gen.Char["abcXYZ019 " + MotCleSymbols].Array[2, 10].Where(c => new string(c).Trim().Length >= 2).Select(c => new string(c))));

    private static readonly Gen<string> s_anyMotCle = Gen.Frequency<string>(
        (2, NastyValues.String),
        (2, Gen.OneOf("a", " a ", "a,b", "l'eau", "under_score", "é", "e\u0301te", "٣٣", "１２", "😀😀", "tab\tbed", "new\nline", "x*y", "so!", "a\u00A0b", "  ", "a\u200Bb")),
        (1, s_validMotCle));

    private static readonly Gen<string> s_partenaire = Gen.OneOf("LABONNEALTERNANCE", "JOBIJOBA", "INDEED", "CADREMPLOI");

    private IEnumerable<ParameterGen> Lists()
    {
        yield return ParameterGen.Of("codeROME", KnownList("metiers", 200), AnyList("metiers", 200), (r, v) => r with { CodeRome = v });
        yield return ParameterGen.Of("secteurActivite", KnownList("secteursActivites", 2), AnyList("secteursActivites", 2), (r, v) => r with { SecteurActivite = v });
        yield return ParameterGen.Of("codeNAF", KnownList("nafs", 2), AnyList("nafs", 2), (r, v) => r with { CodeNaf = v });
        yield return ParameterGen.Of("commune", KnownList("communes", 5), AnyList("communes", 5), (r, v) => r with { Commune = v });
        yield return ParameterGen.Of("departement", KnownList("departements", 5), AnyList("departements", 5), (r, v) => r with { Departement = v });
        yield return ParameterGen.Of("motsCles", s_validMotCle.Array[1, 7], Gen.Frequency<string[]>((3, s_anyMotCle.Array[0, 9]), (1, s_validMotCle.Array[8, 12])), (r, v) => r with { MotsCles = v });
        yield return ParameterGen.Of("partenaires", s_partenaire.Array[1, 4], Gen.Frequency<string>((1, s_partenaire), (1, NastyValues.String)).Array[0, 6], (r, v) => r with { Partenaires = v });
    }
}
