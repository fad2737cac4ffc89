using OffresEmploi.Cli.Filters;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;

namespace OffresEmploi.Cli.Tests.Settings;

public sealed class FilterSettingsTests
{
    [Theory]
    [InlineData("2025-08-01", false, "2025-08-01T00:00:00+00:00")]
    [InlineData("2025-08-01", true, "2025-08-01T23:59:59+00:00")]
    [InlineData("20250801", false, "2025-08-01T00:00:00+00:00")]
    [InlineData("2025-08-01T14:30:00Z", true, "2025-08-01T14:30:00+00:00")]
    [InlineData("2025-08-01T14:30:00+02:00", false, "2025-08-01T12:30:00+00:00")]
    public void DateArgument_ValidText_ParsesToUtc(string text, bool endOfDay, string expected)
    {
        Assert.True(DateArgument.TryParse(text, endOfDay, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-13-01")]
    public void DateArgument_NotADate_Fails(string text) => Assert.False(DateArgument.TryParse(text, false, out _));

    [Fact]
    public void Validate_BothTempsFlags_IsError() =>
        Assert.Equal("--temps-plein and --temps-partiel cannot be used together.", new FilterSettings { TempsPlein = true, TempsPartiel = true }.Validate());

    [Fact]
    public void Validate_DistanceWithoutCommune_IsLeftToTheCriteriaWhichRefuseIt()
    {
        // One place for the rule: the SDK's criteria, worded with the CLI's option names.
        var settings = new FilterSettings { Distance = 10 };

        var error = Assert.Throws<UsageException>(() => new SearchQueryBuilder(places: null, TimeProvider.System).Build(settings));

        Assert.Null(settings.Validate());
        Assert.StartsWith("--distance applies around a commune", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConsistentFilters_Succeeds() =>
        Assert.Null(new FilterSettings { Communes = ["Annecy"], Distance = 10, SalaireMin = 30000, Periode = "A", Since = "2025-08-01" }.Validate());

    [Theory]
    [InlineData("pertinence", "0")]
    [InlineData("DATE", "1")]
    [InlineData("2", "2")]
    public void SortArgument_WordsAndCodes_Parse(string text, string code) =>
        Assert.Equal(code, SortArgument.Parse(text)?.Value);

    [Fact]
    public void SortArgument_Unknown_IsNull() => Assert.Null(SortArgument.Parse("salaire"));
}
