using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Validation;

public sealed class OffresSearchRequestValidatorTests
{
    private static string[] Values(int count, string prefix = "V") => [.. Enumerable.Range(0, count).Select(i => $"{prefix}{i:000}")];

    private static void AssertRefused(OffresSearchRequest request, string parameter, string rule, OffresRangeLimits? limits = null)
    {
        var ex = Assert.Throws<ArgumentException>(() => OffresSearchRequestValidator.Validate(request, limits));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.False(OffresSearchRequestValidator.TryValidate(request, limits, out var p, out var e));
        Assert.Equal(parameter, p);
        Assert.Contains(rule, e, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyRequest_IsAccepted() => OffresSearchRequestValidator.Validate(new OffresSearchRequest());

    [Fact]
    public void Validate_TypicalRequest_IsAccepted()
    {
        var request = new OffresSearchRequest
        {
            Range = "0-149",
            MotsCles = ["développeur", ".NET", "C#"],
            CodeRome = ["M1805", "M1806"],
            Commune = ["75101"],
            Distance = 10,
            Departement = ["74", "2A"],
            SecteurActivite = ["62"],
            CodeNaf = ["62.02A"],
            SalaireMin = 2000,
            PeriodeSalaire = PeriodeSalaire.Mensuel,
            MinCreationDate = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
            MaxCreationDate = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
        };

        Assert.True(OffresSearchRequestValidator.TryValidate(request, null, out var parameter, out var error));
        Assert.Null(parameter);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("75056", "Paris as a whole", "75101 to 75120")]
    [InlineData("69123", "Lyon as a whole", "69381 to 69389")]
    [InlineData("13055", "Marseille as a whole", "13201 to 13216")]
    [InlineData(" 69123 ", "Lyon as a whole", "e.g. 69382 with distance 6")]
    public void Validate_CityWideCommuneCode_IsRefusedNamingTheArrondissementCodes(string code, string rule, string advice)
    {
        var request = new OffresSearchRequest { Commune = ["74010", code], Distance = 5 };

        AssertRefused(request, "commune", rule);
        AssertRefused(request, "commune", advice);
        AssertRefused(request, "commune", "Valeur du paramètre « commune » incorrecte.");
    }

    [Fact]
    public void Validate_ParisCityCode_SuggestsTheDepartementForTheCityAlone() =>
        AssertRefused(new OffresSearchRequest { Commune = ["75056"] }, "commune", "or departement 75 for the city alone");

    [Theory]
    [InlineData("75111")]
    [InlineData("69381")]
    [InlineData("13216")]
    public void Validate_ArrondissementCode_IsAccepted(string code) =>
        OffresSearchRequestValidator.Validate(new OffresSearchRequest { Commune = [code], Distance = 0 });

    [Theory]
    [InlineData("0_149", "must be '<first>-<last>'")]
    [InlineData("149-0", "must be '<first>-<last>'")]
    [InlineData("abc", "must be '<first>-<last>'")]
    [InlineData("0-150", "at most 150 are allowed")]
    [InlineData("3001-3100", "first index must be at most 3000")]
    public void Validate_BadRange_IsRefused(string range, string rule) =>
        AssertRefused(new OffresSearchRequest { Range = range }, "range", rule);

    [Fact]
    public void Validate_RangeUnderLegacyLimits_UsesThatProfile()
    {
        var request = new OffresSearchRequest { Range = "1050-1149" };

        OffresSearchRequestValidator.Validate(request);
        AssertRefused(request, "range", "first index must be at most 1000", OffresRangeLimits.Legacy);
    }

    [Theory]
    [InlineData("codeROME", 200)]
    [InlineData("commune", 5)]
    [InlineData("departement", 5)]
    [InlineData("secteurActivite", 2)]
    [InlineData("codeNAF", 2)]
    public void Validate_ListAtLimit_IsAcceptedAndOneMoreIsRefused(string parameter, int max)
    {
        OffresSearchRequest With(string[] values) => parameter switch
        {
            "codeROME" => new() { CodeRome = values },
            "commune" => new() { Commune = values },
            "departement" => new() { Departement = values },
            "secteurActivite" => new() { SecteurActivite = values },
            _ => new() { CodeNaf = [.. values.Select((_, i) => $"62.0{i}A")] },
        };

        OffresSearchRequestValidator.Validate(With(Values(max)));
        AssertRefused(With(Values(max + 1)), parameter, $"at most {max} values");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("74,73")]
    public void Validate_ListValueEmptyOrWithComma_IsRefused(string value) =>
        AssertRefused(new OffresSearchRequest { Departement = [value] }, "departement", "non-empty and contain no comma");

    [Fact]
    public void Validate_SevenKeywords_AreAcceptedAndEightRefused()
    {
        OffresSearchRequestValidator.Validate(new OffresSearchRequest { MotsCles = Values(7, "mot") });
        AssertRefused(new OffresSearchRequest { MotsCles = Values(8, "mot") }, "motsCles", "at most 7 keywords");
    }

    [Theory]
    [InlineData("a")]
    [InlineData(" b ")]
    [InlineData("")]
    public void Validate_KeywordShorterThanTwoCharacters_IsRefused(string keyword) =>
        AssertRefused(new OffresSearchRequest { MotsCles = ["boulanger", keyword] }, "motsCles", "at least 2 characters");

    [Theory]
    [InlineData("boulanger,patissier")]
    [InlineData("dev*")]
    [InlineData("c'est")]
    [InlineData("a(b)")]
    [InlineData("x_y")]
    [InlineData("bac+٣")]
    [InlineData("niveau １")]
    public void Validate_KeywordWithForbiddenCharacter_IsRefused(string keyword) =>
        AssertRefused(new OffresSearchRequest { MotsCles = [keyword] }, "motsCles", "allows letters, digits, spaces");

    [Theory]
    [InlineData("aide-soignant")]
    [InlineData("C++")]
    [InlineData("\"chef de projet\"")]
    [InlineData("R&D")]
    [InlineData("bac+2")]
    [InlineData("100% télétravail")]
    [InlineData("node.js")]
    [InlineData("@home #1 $x ^y /z")]
    public void Validate_KeywordWithAllowedCharacters_IsAccepted(string keyword) =>
        OffresSearchRequestValidator.Validate(new OffresSearchRequest { MotsCles = [keyword] });

    [Fact]
    public void Validate_SalaireMinWithoutPeriod_IsRefused() =>
        AssertRefused(new OffresSearchRequest { SalaireMin = 1800 }, "periodeSalaire", "salaireMin requires periodeSalaire");

    [Fact]
    public void Validate_PeriodWithoutSalaireMin_IsRefused() =>
        AssertRefused(new OffresSearchRequest { PeriodeSalaire = PeriodeSalaire.Annuel }, "salaireMin", "periodeSalaire requires salaireMin");

    [Fact]
    public void Validate_NegativeSalaireMin_IsRefused() =>
        AssertRefused(new OffresSearchRequest { SalaireMin = -1, PeriodeSalaire = PeriodeSalaire.Horaire }, "salaireMin", "non-negative");

    [Fact]
    public void Validate_DistanceWithoutCommune_IsRefused() =>
        AssertRefused(new OffresSearchRequest { Distance = 10, Departement = ["74"] }, "distance", "only used with commune");

    [Fact]
    public void Validate_NegativeDistance_IsRefused() =>
        AssertRefused(new OffresSearchRequest { Distance = -5, Commune = ["74010"] }, "distance", "zero or more");

    [Fact]
    public void Validate_DistanceZeroWithCommune_IsAccepted() =>
        OffresSearchRequestValidator.Validate(new OffresSearchRequest { Distance = 0, Commune = ["74010"] });

    [Fact]
    public void Validate_KeywordWithCombiningAccent_IsAccepted() =>
        OffresSearchRequestValidator.Validate(new OffresSearchRequest { MotsCles = ["de\u0301veloppeur"] });

    [Fact]
    public void Validate_SalaireMinWithEmptyPeriod_IsRefused() =>
        AssertRefused(new OffresSearchRequest { SalaireMin = 2000, PeriodeSalaire = default(PeriodeSalaire) }, "periodeSalaire", "requires periodeSalaire");

    [Theory]
    [InlineData("62.2A")]
    [InlineData("6202A")]
    [InlineData("62.02a")]
    [InlineData("62.02")]
    public void Validate_CodeNafWithoutTheNafFormat_IsRefused(string code) =>
        AssertRefused(new OffresSearchRequest { CodeNaf = [code] }, "codeNAF", "NAF format 99.99X");

    [Theory]
    [InlineData("800", "3530")]
    [InlineData("0", "9959")]
    [InlineData("", "10")]
    public void Validate_WeeklyHoursInHhmm_AreAccepted(string min, string max) =>
        OffresSearchRequestValidator.Validate(new OffresSearchRequest { DureeHebdoMin = min, DureeHebdoMax = max });

    [Theory]
    [InlineData("8h00", null, "dureeHebdoMin", "HHMM")]
    [InlineData(null, "10000", "dureeHebdoMax", "HHMM")]
    [InlineData("860", null, "dureeHebdoMin", "HHMM")]
    [InlineData(null, "-100", "dureeHebdoMax", "HHMM")]
    [InlineData("2000", "1000", "dureeHebdoMin", "must not exceed dureeHebdoMax")]
    public void Validate_BadWeeklyHours_AreRefused(string? min, string? max, string parameter, string rule) =>
        AssertRefused(new OffresSearchRequest { DureeHebdoMin = min, DureeHebdoMax = max }, parameter, rule);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Validate_PublieeDepuisNotPositive_IsRefused(int days) =>
        AssertRefused(new OffresSearchRequest { PublieeDepuis = days }, "publieeDepuis", "positive number of days");

    [Fact]
    public void Validate_MinDateAfterMaxDate_IsRefused() =>
        AssertRefused(
            new OffresSearchRequest
            {
                MinCreationDate = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
                MaxCreationDate = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
            },
            "minCreationDate",
            "must not be after maxCreationDate");

    [Fact]
    public void Validate_DatesComparedAsInstantsAcrossOffsets()
    {
        // 01:30 at +02:00 is 23:30 UTC the day before: earlier than 00:00 UTC, so the window is valid.
        var request = new OffresSearchRequest
        {
            MinCreationDate = new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.FromHours(2)),
            MaxCreationDate = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
        };

        OffresSearchRequestValidator.Validate(request);
    }

    [Theory]
    [InlineData(-1d, null, "dureeContratMin", "between 0 and 99")]
    [InlineData(null, 100d, "dureeContratMax", "between 0 and 99")]
    [InlineData(12d, 6d, "dureeContratMin", "must not exceed dureeContratMax")]
    public void Validate_BadContractLength_IsRefused(double? min, double? max, string parameter, string rule) =>
        AssertRefused(new OffresSearchRequest { DureeContratMin = min, DureeContratMax = max }, parameter, rule);

    [Fact]
    public void Validate_NullRequest_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => OffresSearchRequestValidator.Validate(null!));
}
