using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.SearchCriteria;

/// <summary>Every rule of <see cref="OffresSearchCriteria"/> names its criterion, and a facade can show its own names.</summary>
public class OffresSearchCriteriaExceptionTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 20, 10, 15, 30, TimeSpan.Zero);

    private static readonly Dictionary<string, string> CliNames = new()
    {
        [nameof(OffresSearchCriteria.Lieu)] = "--near",
        [nameof(OffresSearchCriteria.Commune)] = "--commune",
        [nameof(OffresSearchCriteria.Departement)] = "--departement",
        [nameof(OffresSearchCriteria.Region)] = "--region",
        [nameof(OffresSearchCriteria.Distance)] = "--distance",
        [nameof(OffresSearchCriteria.InclureLimitrophes)] = "--limitrophes",
        [nameof(OffresSearchCriteria.SalaireMin)] = "--salaire-min",
        [nameof(OffresSearchCriteria.PeriodeSalaire)] = "--periode",
        [nameof(OffresSearchCriteria.PublieeDepuis)] = "--publiee-depuis",
        [nameof(OffresSearchCriteria.MinCreationDate)] = "--since",
        [nameof(OffresSearchCriteria.MaxCreationDate)] = "--until",
        [nameof(OffresSearchCriteria.MotsCles)] = "KEYWORDS",
        [nameof(OffresSearchCriteria.CodeNaf)] = "--naf",
        [nameof(OffresSearchCriteria.CodeRome)] = "--rome",
    };

    private static readonly Dictionary<string, OffresSearchCriteria> Criteria = new()
    {
        ["no such place"] = new() { Commune = ["Nowhere-sur-Rien"] },
        ["no such lieu"] = new() { Lieu = "Zzyzxville" },
        ["no such departement"] = new() { Departement = ["999"] },
        ["other kind"] = new() { Commune = ["Haute-Savoie"] },
        ["other kind, région"] = new() { Departement = ["Bretagne"] },
        ["lieu with codes"] = new() { Lieu = "Annecy", Departement = ["74"] },
        ["distance alone"] = new() { Distance = 10 },
        ["negative distance"] = new() { Commune = ["Annecy"], Distance = -1 },
        ["distance around a région"] = new() { Lieu = "Bretagne", Distance = 5 },
        ["limitrophes alone"] = new() { InclureLimitrophes = true },
        ["negative salary"] = new() { SalaireMin = -5, PeriodeSalaire = "M" },
        ["period alone"] = new() { PeriodeSalaire = "M" },
        ["salary alone"] = new() { SalaireMin = 2000 },
        ["zero days"] = new() { PublieeDepuis = 0 },
        ["dates reversed"] = new() { MinCreationDate = new DateTimeOffset(2025, 8, 10, 0, 0, 0, TimeSpan.Zero), MaxCreationDate = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero) },
        ["min in the future"] = new() { MinCreationDate = Now.AddDays(30) },
        ["eight keywords"] = new() { MotsCles = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"] },
        ["short keyword"] = new() { MotsCles = ["boulanger", "a"] },
        ["keyword symbol"] = new() { MotsCles = ["c<b>"] },
        ["NAF format"] = new() { CodeNaf = ["6202"] },
        ["comma in a code"] = new() { CodeRome = ["M1805,M1810"] },
    };

    public static TheoryData<string, string, string> Rules => new()
    {
        { "no such place", nameof(OffresSearchCriteria.Commune), "--commune \"Nowhere-sur-Rien\": no French place has that name or code." },
        { "no such lieu", nameof(OffresSearchCriteria.Lieu), "--near \"Zzyzxville\": no French commune, département or région has that name or code. Check the spelling" },
        { "no such departement", nameof(OffresSearchCriteria.Departement), "--departement \"999\": no French place has that name or code." },
        { "other kind", nameof(OffresSearchCriteria.Commune), "--commune \"Haute-Savoie\": it names Haute-Savoie, département 74; use --departement." },
        { "other kind, région", nameof(OffresSearchCriteria.Departement), "--departement \"Bretagne\": it names Bretagne, région 53; use --region." },
        { "lieu with codes", nameof(OffresSearchCriteria.Lieu), "Give either --near (one place, by name or code) or --commune, --departement, --region, not both." },
        { "distance alone", nameof(OffresSearchCriteria.Distance), "--distance applies around a commune: also give one in --commune or --near." },
        { "negative distance", nameof(OffresSearchCriteria.Distance), "--distance must be 0 or more kilometres (got -1)." },
        { "distance around a région", nameof(OffresSearchCriteria.Distance), "--distance applies around a commune, but --near \"Bretagne\" is Bretagne, région 53: drop --distance." },
        { "limitrophes alone", nameof(OffresSearchCriteria.InclureLimitrophes), "--limitrophes needs --departement." },
        { "negative salary", nameof(OffresSearchCriteria.SalaireMin), "--salaire-min must be a number of 0 or more (got -5)." },
        { "period alone", nameof(OffresSearchCriteria.PeriodeSalaire), "--periode needs --salaire-min." },
        { "salary alone", nameof(OffresSearchCriteria.SalaireMin), "--salaire-min needs --periode, the period the amount is per (M month, A year, H hour): give both or neither." },
        { "zero days", nameof(OffresSearchCriteria.PublieeDepuis), "--publiee-depuis must be a positive number of days (got 0)." },
        { "dates reversed", nameof(OffresSearchCriteria.MinCreationDate), "--since comes after --until." },
        { "min in the future", nameof(OffresSearchCriteria.MinCreationDate), "--since is in the future." },

        // The API's own rules (OffresSearchRequestValidator), reported by Resolve with the criterion's name.
        { "eight keywords", nameof(OffresSearchCriteria.MotsCles), "KEYWORDS accepts at most 7 keywords; 8 were given." },
        { "short keyword", nameof(OffresSearchCriteria.MotsCles), "Each keyword of KEYWORDS must have at least 2 characters; got 'a'." },
        { "keyword symbol", nameof(OffresSearchCriteria.MotsCles), "The keyword 'c<b>' contains '<'; KEYWORDS allows letters, digits, spaces and" },
        { "NAF format", nameof(OffresSearchCriteria.CodeNaf), "Each --naf value must have the NAF format 99.99X (e.g. 62.02A); got '6202'." },
        { "comma in a code", nameof(OffresSearchCriteria.CodeRome), "Each --rome value must be non-empty and contain no comma" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Resolve_BrokenRule_NamesTheCriterionAndTheRule(string rule, string criterion, string cliMessage)
    {
        var error = Assert.Throws<OffresSearchCriteriaException>(() => Criteria[rule].Resolve(options: new() { TimeProvider = new FakeTimeProvider(Now) }));

        Assert.Equal(criterion, error.Criterion);
        Assert.Equal(criterion, error.ParamName);
        Assert.Contains(criterion, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
        var shown = error.FormatMessage(n => CliNames.GetValueOrDefault(n, n));
        Assert.True(shown.StartsWith(cliMessage, StringComparison.Ordinal), $"{rule}: {shown}");
    }

    [Fact]
    public void Message_UsesThePropertyNamesWithoutTheArgumentExceptionSuffix()
    {
        var error = Assert.Throws<OffresSearchCriteriaException>(() => new OffresSearchCriteria { Distance = 10 }.Resolve());

        Assert.Equal("Distance applies around a commune: also give one in Commune or Lieu.", error.Message);
    }

    [Fact]
    public void Message_ApiRule_NamesTheCriterionAsThePropertyNotTheApiParameter()
    {
        var error = Assert.Throws<OffresSearchCriteriaException>(() => new OffresSearchCriteria { MotsCles = ["a"] }.Resolve());

        Assert.Equal("Each keyword of MotsCles must have at least 2 characters; got 'a'.", error.Message);
        Assert.Equal(nameof(OffresSearchCriteria.MotsCles), error.ParamName);
    }

    [Fact]
    public void Resolve_RuleNeedingNoPlaceList_IsCheckedBeforeAnyPlaceIsResolved()
    {
        // "Nowhere" would fail as a place; the contradiction is reported first, before any lookup.
        var error = Assert.Throws<OffresSearchCriteriaException>(() => new OffresSearchCriteria { Lieu = "Nowhere-sur-Rien", Region = "53" }.Resolve());

        Assert.Equal(nameof(OffresSearchCriteria.Lieu), error.Criterion);
        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardConstructors_KeepTheMessageAndHaveNoCriterion()
    {
        var inner = new InvalidOperationException("inner");

        var error = new OffresSearchCriteriaException("bad", inner);

        Assert.Equal("bad", error.Message);
        Assert.Same(inner, error.InnerException);
        Assert.Equal("", error.Criterion);
        Assert.Equal("bad", error.FormatMessage(n => "x" + n));
        Assert.NotEmpty(new OffresSearchCriteriaException().Message);
    }
}
