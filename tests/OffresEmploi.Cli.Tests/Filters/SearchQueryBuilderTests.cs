using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Cli.Filters;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Tests.Filters;

public sealed class SearchQueryBuilderTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 20, 10, 15, 30, TimeSpan.Zero);

    private static SearchQueryBuilder CreateSut() =>
        new(places: null, new FakeTimeProvider(Now));

    [Fact]
    public void Build_ListsAndCodes_SplitsCommasUpperCasesCodesAndKeepsKeywords()
    {
        var settings = new FilterSettings
        {
            Keywords = ["développeur web", "java,python"],
            TypesContrat = ["cdi,CDD", "cdi"],
            Rome = ["m1805"],
            Qualification = "cadre",
            Experience = "2",
        };

        var query = CreateSut().Build(settings, Sort.DateCreation);

        Assert.Equal(["développeur web", "java", "python"], query.Request.MotsCles!);
        Assert.Equal([TypeContrat.Cdi, TypeContrat.Cdd], query.Request.TypeContrat!);
        Assert.Equal(["M1805"], query.Request.CodeRome!);
        Assert.Equal(Qualification.Cadre, query.Request.Qualification);
        Assert.Equal(Experience.UnATroisAns, query.Request.Experience);
        Assert.Equal(Sort.DateCreation, query.Request.Sort);
        Assert.Equal("motsCles=développeur web,java,python typeContrat=CDI,CDD experience=2 qualification=9 codeROME=M1805 sort=1", query.Summary);
    }

    [Fact]
    public void Build_PlaceNames_ResolveToInseeAndDepartementCodesWithNotes()
    {
        var settings = new FilterSettings { Communes = ["Annecy"], Distance = 20, Departements = ["Haute-Savoie", "2a"], Region = "Bretagne" };

        var query = CreateSut().Build(settings);

        Assert.Equal(["74010"], query.Request.Commune!);
        Assert.Equal(20, query.Request.Distance);
        Assert.Equal(["74", "2A"], query.Request.Departement!);
        Assert.Equal(new RegionCode("53"), query.Request.Region);
        Assert.Contains(query.Notes, n => n.Contains("Annecy (74), commune 74010", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_AmbiguousCommune_UsesBestAndSaysSo()
    {
        var query = CreateSut().Build(new FilterSettings { Communes = ["Saint-Denis"] });

        Assert.Single(query.Request.Commune!);
        Assert.Contains(query.Notes, n => n.Contains("ambiguous", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nowhere-sur-Rien", "no French place")]
    [InlineData("Haute-Savoie", "--departement")]
    public void Build_CommuneThatIsNotOne_IsUsageError(string text, string expected)
    {
        var error = Assert.Throws<UsageException>(() => CreateSut().Build(new FilterSettings { Communes = [text] }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("distance", "--distance applies around a commune: also give one in --commune or --near.")]
    [InlineData("periode", "--periode needs --salaire-min.")]
    [InlineData("limitrophes", "--limitrophes needs --departement.")]
    [InlineData("publiee-depuis", "--publiee-depuis must be a positive number of days (got 0).")]
    [InlineData("salaire-min", "--salaire-min must be a number of 0 or more (got -1).")]
    public void Build_CriteriaRuleBroken_IsUsageErrorNamingTheOption(string option, string expected)
    {
        var settings = option switch
        {
            "distance" => new FilterSettings { Distance = 10 },
            "periode" => new FilterSettings { Periode = "M" },
            "limitrophes" => new FilterSettings { Limitrophes = true },
            "publiee-depuis" => new FilterSettings { PublieeDepuis = 0 },
            _ => new FilterSettings { SalaireMin = -1 },
        };

        var error = Assert.Throws<UsageException>(() => CreateSut().Build(settings));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Build_ParisWithDistanceZeroAndADepartement_MergesThemInTheSummary()
    {
        var query = CreateSut().Build(new FilterSettings { Communes = ["Paris"], Distance = 0, Departements = ["92"] });

        Assert.Null(query.Request.Commune);
        Assert.Equal(["92", "75"], query.Request.Departement!);
        Assert.Equal("departement=92,75", query.Summary);
    }

    [Fact]
    public void Build_SinceOnly_SendsBothDatesUpToNow()
    {
        var query = CreateSut().Build(new FilterSettings { Since = "2025-08-01" });

        Assert.Equal(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero), query.Request.MinCreationDate);
        Assert.Equal(Now, query.Request.MaxCreationDate);
    }

    [Fact]
    public void Build_UntilDateOnly_MeansEndOfThatDay()
    {
        var query = CreateSut().Build(new FilterSettings { Since = "2025-08-01", Until = "2025-08-10" });

        Assert.Equal(new DateTimeOffset(2025, 8, 10, 23, 59, 59, TimeSpan.Zero), query.Request.MaxCreationDate);
    }

    [Fact]
    public void Build_SinceAfterUntil_IsUsageError() =>
        Assert.Throws<UsageException>(() => CreateSut().Build(new FilterSettings { Since = "2025-08-10", Until = "2025-08-01" }));

    [Fact]
    public void Build_SalaireMinWithoutPeriode_DefaultsToYearly()
    {
        var query = CreateSut().Build(new FilterSettings { SalaireMin = 45000 });

        Assert.Equal(45000, query.Request.SalaireMin);
        Assert.Equal(PeriodeSalaire.Annuel, query.Request.PeriodeSalaire);
    }

    [Fact]
    public void Build_NoFilters_IsEmptyRequest()
    {
        var query = CreateSut().Build(new FilterSettings());

        Assert.Equal(new OffresSearchRequest(), query.Request);
        Assert.Equal("toutes les offres", query.Summary);
        Assert.Equal("toutes les offres", query.Caption);
    }

    [Fact]
    public void Build_Caption_ReadsAsWordsNotParameterCodes()
    {
        var query = CreateSut().Build(new FilterSettings { Keywords = ["infirmier"], Region = "Bretagne", TypesContrat = ["CDI"] });

        Assert.Equal("infirmier · Bretagne (région 53) · CDI", query.Caption);
        Assert.DoesNotContain("=", query.Caption, StringComparison.Ordinal);
    }
}
