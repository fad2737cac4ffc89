using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.AI.Tools;
using OffresEmploi.Sdk.Places;

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
        Assert.Equal(["boulanger"], filters.Keywords!);
        Assert.Null(filters.Commune);
        Assert.Null(filters.Departement);
        Assert.Null(filters.Region);
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
}
