using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.AI.Tools;

namespace OffresEmploi.Sdk.AI.Tests.Tools;

/// <summary>
/// The place list is loaded on its first use (tens of milliseconds): <see cref="SearchFilterArguments.Read"/> asks for it
/// only when a place argument needs it, so a search by keywords alone does not pay for it.
/// </summary>
public class SearchFilterArgumentsTests
{
    private static ToolArguments Arguments(params KeyValuePair<string, object?>[] values) => new(values, [.. SearchFilterArguments.Names()]);

    [Fact]
    public void Read_NoPlaceArgument_NeverAsksForThePlaceList()
    {
        var asked = 0;

        var filters = SearchFilterArguments.Read(Arguments(new("keywords", "boulanger"), new("contract", "CDI")), () =>
        {
            asked++;
            return PlaceResolver.Default;
        });

        Assert.Equal(0, asked);
        Assert.Equal(["boulanger"], filters.Request.MotsCles!);
        Assert.Null(filters.Request.Commune);
        Assert.Null(filters.Request.Departement);
        Assert.Null(filters.Request.Region);
        Assert.Null(filters.Where);
    }

    [Fact]
    public void Read_RadiusWithoutACommune_IsStillRefusedWithoutThePlaceList()
    {
        var error = Assert.Throws<ToolArgumentException>(() => SearchFilterArguments.Read(
            Arguments(new("keywords", "boulanger"), new("radius_km", 5L)),
            () => throw new InvalidOperationException("the place list was asked for")));

        Assert.Contains("'radius_km'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("location", "Annecy")]
    [InlineData("commune", "74010")]
    [InlineData("departement", "74")]
    [InlineData("region", "84")]
    public void Read_PlaceArgument_UsesThePlaceList(string name, string value)
    {
        var asked = 0;

        var filters = SearchFilterArguments.Read(Arguments(new KeyValuePair<string, object?>(name, value)), () =>
        {
            asked++;
            return PlaceResolver.Default;
        });

        Assert.True(asked > 0);
        Assert.NotNull(filters.Where);
    }

    [Theory]
    [InlineData("salary_period", "M", "'salary_period' needs 'salary_min'.")]
    [InlineData("salary_min", 2000L, "'salary_min' needs 'salary_period'")]
    [InlineData("radius_km", 5L, "'radius_km' applies around a commune: also give one in 'commune' or 'location'.")]
    public void Read_CriteriaRuleBroken_NamesTheToolArguments(string name, object value, string expected)
    {
        var error = Assert.Throws<ToolArgumentException>(() => SearchFilterArguments.Read(Arguments(new KeyValuePair<string, object?>(name, value)), () => PlaceResolver.Default));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Salaire", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CodeThatNamesNothing_PointsToResolveLocation()
    {
        var error = Assert.Throws<ToolArgumentException>(() => SearchFilterArguments.Read(Arguments(new KeyValuePair<string, object?>("region", "99")), () => PlaceResolver.Default));

        Assert.Equal("'region' \"99\": no French place has that name or code. Use resolve_location to find the code.", error.Message);
    }
}
