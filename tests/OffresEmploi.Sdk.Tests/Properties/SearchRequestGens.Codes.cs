using CsCheck;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>The extensible code types: known codes (the SDK's and the referentiels'), <c>default</c>, edge strings, made-up codes.</summary>
internal sealed partial class SearchRequestGens
{
    private IEnumerable<ParameterGen> Codes()
    {
        yield return Code("sort", Sort.KnownValues, v => new Sort(v), (r, v) => r with { Sort = v });
        yield return Code("experience", Experience.KnownValues, v => new Experience(v), (r, v) => r with { Experience = v });
        yield return Code("experienceExigence", ExperienceExigence.KnownValues, v => new ExperienceExigence(v), (r, v) => r with { ExperienceExigence = v });
        yield return Code("origineOffre", Origine.KnownValues, v => new Origine(v), (r, v) => r with { OrigineOffre = v });
        yield return Code("qualification", Qualification.KnownValues, v => new Qualification(v), (r, v) => r with { Qualification = v });
        yield return Code("grandDomaine", GrandDomaine.KnownValues, v => new GrandDomaine(v), (r, v) => r with { GrandDomaine = v });
        yield return Code("modeSelectionPartenaires", ModeSelectionPartenaires.KnownValues, v => new ModeSelectionPartenaires(v), (r, v) => r with { ModeSelectionPartenaires = v });
        yield return Code("dureeHebdo", DureeHebdo.KnownValues, v => new DureeHebdo(v), (r, v) => r with { DureeHebdo = v });
        yield return Code("theme", Referentiel("themes", Theme.KnownValues, v => new Theme(v)), v => new Theme(v), (r, v) => r with { Theme = v });
        yield return Code("region", Referentiel("regions", RegionCode.KnownValues, v => new RegionCode(v)), v => new RegionCode(v), (r, v) => r with { Region = v });
        yield return Code("niveauFormation", Referentiel("niveauxFormations", NiveauFormation.KnownValues, v => new NiveauFormation(v)), v => new NiveauFormation(v), (r, v) => r with { NiveauFormation = v });
        yield return Code("permis", Referentiel("permis", PermisCode.KnownValues, v => new PermisCode(v)), v => new PermisCode(v), (r, v) => r with { Permis = v });

        var (type, otherType) = CodeType(Referentiel("typesContrats", TypeContrat.KnownValues, v => new TypeContrat(v)), v => new TypeContrat(v));
        yield return ParameterGen.Of("typeContrat", type.Array[1, 6], Gen.Frequency<TypeContrat>((2, type), (1, otherType)).Array[0, 14], (r, v) => r with { TypeContrat = v });
        var (nature, otherNature) = CodeType(Referentiel("naturesContrats", NatureContrat.KnownValues, v => new NatureContrat(v)), v => new NatureContrat(v));
        yield return ParameterGen.Of("natureContrat", nature.Array[1, 6], Gen.Frequency<NatureContrat>((2, nature), (1, otherNature)).Array[0, 14], (r, v) => r with { NatureContrat = v });
    }

    private static ParameterGen Code<T>(string name, IReadOnlyList<T> known, Func<string, T> create, Func<OffresSearchRequest, T, OffresSearchRequest> set)
        where T : struct
    {
        var (valid, other) = CodeType(known, create);
        return ParameterGen.Of(name, valid, other, (r, v) => set(r, v));
    }

    /// <summary>The SDK's known codes and the sandbox referentiel's: both must be accepted.</summary>
    private T[] Referentiel<T>(string referentiel, IReadOnlyList<T> known, Func<string, T> create) =>
        [.. known, .. _codes[referentiel].Select(create)];
}
