using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.SearchCriteria;

/// <summary><see cref="OffresSearchCriteria.Resolve"/> for everything but places: codes, salary, dates, defaults.</summary>
public class OffresSearchCriteriaTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 20, 10, 15, 30, TimeSpan.Zero);

    private static OffresSearchCriteriaOptions Options => new() { TimeProvider = new FakeTimeProvider(Now) };

    [Fact]
    public void Resolve_NoCriteria_IsTheEmptyRequestWithNothingToSay()
    {
        var search = new OffresSearchCriteria().Resolve();

        Assert.Equal(new OffresSearchRequest(), search.Request);
        Assert.Empty(search.Notes);
        Assert.Null(search.Where);
    }

    [Fact]
    public void Resolve_CodeStrings_BecomeTheTypedCodesUpperCasedTrimmedAndOnce()
    {
        var search = new OffresSearchCriteria
        {
            MotsCles = ["développeur web", " java ", "java", " "],
            TypeContrat = ["cdi", "CDD", "CDI"],
            NatureContrat = ["e2", "FS"],
            Experience = " 2 ",
            CodeRome = ["m1805"],
            CodeNaf = ["62.02a"],
            SecteurActivite = ["62"],
            TempsPlein = false,
            PublieeDepuis = 7,
        }.Resolve();

        var request = search.Request;
        Assert.Equal(["développeur web", "java"], request.MotsCles!);
        Assert.Equal([TypeContrat.Cdi, TypeContrat.Cdd], request.TypeContrat!);
        Assert.Equal([new NatureContrat("E2"), new NatureContrat("FS")], request.NatureContrat!);
        Assert.Equal(Experience.UnATroisAns, request.Experience);
        Assert.Equal(["M1805"], request.CodeRome!);
        Assert.Equal(["62.02A"], request.CodeNaf!);
        Assert.Equal(["62"], request.SecteurActivite!);
        Assert.False(request.TempsPlein);
        Assert.Equal(7, request.PublieeDepuis);
    }

    [Theory]
    [InlineData("cadre", "9")]
    [InlineData("Non-Cadre", "0")]
    [InlineData("non cadre", "0")]
    [InlineData("9", "9")]
    [InlineData("0", "0")]
    public void Resolve_Qualification_TakesTheCodeOrItsWord(string text, string code) =>
        Assert.Equal(new Qualification(code), new OffresSearchCriteria { Qualification = text }.Resolve().Request.Qualification);

    [Fact]
    public void Resolve_SalaryWithItsPeriod_SendsBoth()
    {
        var request = new OffresSearchCriteria { SalaireMin = 2000, PeriodeSalaire = "m" }.Resolve().Request;

        Assert.Equal(2000, request.SalaireMin);
        Assert.Equal(PeriodeSalaire.Mensuel, request.PeriodeSalaire);
    }

    [Fact]
    public void Resolve_SalaryWithoutPeriod_TakesTheDefaultPeriodWhenThereIsOne()
    {
        var request = new OffresSearchCriteria { SalaireMin = 45000 }.Resolve(options: new() { DefaultPeriodeSalaire = PeriodeSalaire.Annuel }).Request;

        Assert.Equal(45000, request.SalaireMin);
        Assert.Equal(PeriodeSalaire.Annuel, request.PeriodeSalaire);
    }

    [Fact]
    public void Resolve_MinCreationDateOnly_EndsNowInWholeSeconds()
    {
        var min = new DateTimeOffset(2025, 8, 1, 0, 0, 0, 500, TimeSpan.FromHours(2));

        var request = new OffresSearchCriteria { MinCreationDate = min }.Resolve(options: Options).Request;

        Assert.Equal(new DateTimeOffset(2025, 7, 31, 22, 0, 0, TimeSpan.Zero), request.MinCreationDate);
        Assert.Equal(TimeSpan.Zero, request.MinCreationDate!.Value.Offset);
        Assert.Equal(Now, request.MaxCreationDate);
    }

    [Fact]
    public void Resolve_MaxCreationDateOnly_StartsAYearBefore()
    {
        var max = new DateTimeOffset(2025, 8, 10, 23, 59, 59, TimeSpan.Zero);

        var request = new OffresSearchCriteria { MaxCreationDate = max }.Resolve(options: Options).Request;

        Assert.Equal(max.AddYears(-1), request.MinCreationDate);
        Assert.Equal(max, request.MaxCreationDate);
    }

    [Fact]
    public void Resolve_Limitrophes_PassesWithADepartement()
    {
        var request = new OffresSearchCriteria { Departement = ["74"], InclureLimitrophes = true }.Resolve().Request;

        Assert.True(request.InclureLimitrophes);
        Assert.Equal(["74"], request.Departement!);
    }

    [Fact]
    public void Resolve_Request_LeavesRangeAndSortToTheCallerAndPassesTheClientsChecks()
    {
        var request = new OffresSearchCriteria { MotsCles = ["boulanger"], Commune = ["Annecy"], TypeContrat = ["cdi"], SalaireMin = 1800, PeriodeSalaire = "M" }.Resolve().Request;

        Assert.Null(request.Range);
        Assert.Null(request.Sort);
        OffresSearchRequestValidator.Validate(request);
    }
}
