using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.SearchCriteria;

/// <summary><see cref="OffresSearchCriteriaOptions.KnownCodesOnly"/>: code criteria checked against the generated code lists.</summary>
public class OffresSearchCriteriaKnownCodesTests
{
    private static readonly OffresSearchCriteriaOptions KnownOnly = new() { KnownCodesOnly = true };

    public static TheoryData<string, OffresSearchCriteria, string[]> UnknownCodes => new()
    {
        { nameof(OffresSearchCriteria.TypeContrat), new() { TypeContrat = ["CDI", "xyz"] }, ["\"XYZ\"", "CDI", "CDD", "DIN"] },
        { nameof(OffresSearchCriteria.NatureContrat), new() { NatureContrat = ["ZZ"] }, ["\"ZZ\"", "E1", "E2", "FS"] },
        { nameof(OffresSearchCriteria.Experience), new() { Experience = "5" }, ["\"5\"", "1 (Moins d'un an)", "3 (Plus de 3 ans)"] },
        { nameof(OffresSearchCriteria.Qualification), new() { Qualification = "X" }, ["\"X\"", "0 (Non-cadre)", "9 (Cadre)"] },
        { nameof(OffresSearchCriteria.PeriodeSalaire), new() { SalaireMin = 30000, PeriodeSalaire = "Y" }, ["\"Y\"", "M (Mensuel)", "A (Annuel)"] },
    };

    [Theory]
    [MemberData(nameof(UnknownCodes))]
    public void Resolve_KnownCodesOnly_RefusesAnUnknownCodeNamingTheCriterionAndListingTheCodes(string criterion, OffresSearchCriteria criteria, string[] expected)
    {
        var error = Assert.Throws<OffresSearchCriteriaException>(() => criteria.Resolve(options: KnownOnly));

        Assert.Equal(criterion, error.Criterion);
        Assert.StartsWith($"{criterion}: ", error.Message, StringComparison.Ordinal);
        Assert.All(expected, part => Assert.Contains(part, error.Message, StringComparison.Ordinal));
        Assert.StartsWith($"--x: ", error.FormatMessage(n => n == criterion ? "--x" : n), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_KnownCodesOnly_LongCodeListsGiveTheCodesWithoutLabels()
    {
        var error = Assert.Throws<OffresSearchCriteriaException>(() => new OffresSearchCriteria { TypeContrat = ["XYZ"] }.Resolve(options: KnownOnly));

        Assert.Equal(
            $"TypeContrat: \"XYZ\" is not one of {string.Join(", ", TypeContrat.KnownValues.Select(t => t.Value))}.",
            error.Message);
    }

    [Fact]
    public void Resolve_KnownCodesOnly_AcceptsEveryKnownCodeInAnyCase()
    {
        var search = new OffresSearchCriteria
        {
            TypeContrat = [.. TypeContrat.KnownValues.Take(10).Select(t => t.Value.ToLowerInvariant())],
            NatureContrat = [.. NatureContrat.KnownValues.Take(10).Select(n => n.Value)],
            Experience = "0",
            Qualification = "cadre",
            SalaireMin = 12,
            PeriodeSalaire = "h",
        }.Resolve(options: KnownOnly);

        Assert.Equal(TypeContrat.KnownValues.Take(10), search.Request.TypeContrat!);
        Assert.Equal(Qualification.Cadre, search.Request.Qualification);
        Assert.Equal(PeriodeSalaire.Horaire, search.Request.PeriodeSalaire);
    }

    [Fact]
    public void Resolve_KnownCodesOnly_LeavesOpenCodeListsToTheApi()
    {
        var search = new OffresSearchCriteria { CodeRome = ["Z9999"], SecteurActivite = ["99"] }.Resolve(options: KnownOnly);

        Assert.Equal(["Z9999"], search.Request.CodeRome!);
    }

    [Fact]
    public void Resolve_ByDefault_SendsCodesTheSdkDoesNotKnow()
    {
        Assert.False(OffresSearchCriteriaOptions.Default.KnownCodesOnly);

        var search = new OffresSearchCriteria
        {
            TypeContrat = ["NEW"],
            NatureContrat = ["Z1"],
            Experience = "4",
            Qualification = "X",
            SalaireMin = 100,
            PeriodeSalaire = "J",
        }.Resolve();

        Assert.Equal([new TypeContrat("NEW")], search.Request.TypeContrat!);
        Assert.Equal([new NatureContrat("Z1")], search.Request.NatureContrat!);
        Assert.Equal(new Experience("4"), search.Request.Experience);
        Assert.Equal(new Qualification("X"), search.Request.Qualification);
        Assert.Equal(new PeriodeSalaire("J"), search.Request.PeriodeSalaire);
    }
}
