using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Sdk.Tests.Places;

/// <summary><see cref="PlaceResolver.ToSearchArea"/>: the search form of places, never a city-wide code (issue #12).</summary>
public class PlaceSearchAreaTests
{
    private static PlaceResolver Sut => PlaceResolver.Default;

    private static Place Commune(string text) => Sut.Resolve(text).Best!;

    [Theory]
    [InlineData("Paris", "75101", 8)]
    [InlineData("Lyon", "69382", 6)]
    [InlineData("Marseille", "13201", 11)]
    [InlineData("75056", "75101", 8)]
    public void ToSearchArea_CityWithoutDistance_IsItsCentralArrondissementWithACoveringDistance(string text, string centre, int km)
    {
        var area = Sut.ToSearchArea([Commune(text)]);

        Assert.Equal([centre], area.Commune!);
        Assert.Equal(km, area.Distance);
        Assert.Null(area.Departement);
        Assert.Contains(area.Notes, n => n.Contains("refuses the city-wide code", StringComparison.Ordinal));
        OffresSearchRequestValidator.Validate(new OffresSearchRequest { Commune = area.Commune, Distance = area.Distance });
    }

    [Theory]
    [InlineData("75056")]
    [InlineData("69123")]
    [InlineData("13055")]
    public void ToSearchArea_CoveringDistance_ReachesEveryArrondissementCentreWithTheMargin(string cityCode)
    {
        var arrondissements = Sut.Communes.Where(c => c.CodeCommuneParente == cityCode).ToList();
        Assert.True(Sut.TryGetCommune(cityCode, out var city));

        var area = Sut.ToSearchArea([city]);

        Assert.True(Sut.TryGetCommune(area.Commune!.Single(), out var centre));
        Assert.Equal(cityCode, centre.CodeCommuneParente);
        var farthest = arrondissements.Max(a => Km(centre, a));
        // The documented rule: the farthest arrondissement centre plus 2 km, rounded up to whole km.
        Assert.Equal((int)Math.Ceiling(farthest + 2), area.Distance);
    }

    [Theory]
    [InlineData(null, 10, 10)]
    [InlineData(3, 10, 8)]
    [InlineData(25, null, 25)]
    public void ToSearchArea_ParisWithOtherDistances_KeepsAtLeastTheCoveringOne(int? asked, int? byDefault, int expected)
    {
        var area = Sut.ToSearchArea([Commune("Paris")], asked, byDefault);

        Assert.Equal(["75101"], area.Commune!);
        Assert.Equal(expected, area.Distance);
    }

    [Fact]
    public void ToSearchArea_ParisAloneWithDistanceZero_IsTheDepartement75()
    {
        var area = Sut.ToSearchArea([Commune("Paris")], distanceKm: 0);

        Assert.Null(area.Commune);
        Assert.Null(area.Distance);
        Assert.Equal(["75"], area.Departement!);
        Assert.Contains(area.Notes, n => n.Contains("département 75", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lyon", "69382", 6)]
    [InlineData("Marseille", "13201", 11)]
    public void ToSearchArea_LyonOrMarseilleWithDistanceZero_CoversTheCityAndSaysNearbyCommunesAreIncluded(string text, string centre, int km)
    {
        var area = Sut.ToSearchArea([Commune(text)], distanceKm: 0);

        Assert.Equal([centre], area.Commune!);
        Assert.Equal(km, area.Distance);
        Assert.Contains(area.Notes, n => n.Contains("nearby communes are included", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Paris 11e", "75111")]
    [InlineData("Lyon 3", "69383")]
    [InlineData("75011", "75111")]
    [InlineData("69003", "69383")]
    [InlineData("13008", "13208")]
    [InlineData("75111", "75111")]
    public void ToSearchArea_ArrondissementWithoutDistance_SearchesItAlone(string text, string code)
    {
        var area = Sut.ToSearchArea([Commune(text)], distanceKm: null, defaultDistanceKm: 10);

        Assert.Equal([code], area.Commune!);
        Assert.Equal(0, area.Distance);
        Assert.Contains(area.Notes, n => n.Contains("searched alone", StringComparison.Ordinal));
    }

    [Fact]
    public void ToSearchArea_ArrondissementWithADistance_KeepsIt()
    {
        var area = Sut.ToSearchArea([Commune("Paris 11e")], distanceKm: 3, defaultDistanceKm: 10);

        Assert.Equal(["75111"], area.Commune!);
        Assert.Equal(3, area.Distance);
        Assert.Empty(area.Notes);
    }

    [Fact]
    public void ToSearchArea_OrdinaryCommune_IsItsCodeWithTheAskedOrDefaultDistance()
    {
        Assert.Equal(["74010"], Sut.ToSearchArea([Commune("Annecy")]).Commune!);
        Assert.Null(Sut.ToSearchArea([Commune("Annecy")]).Distance);
        Assert.Equal(10, Sut.ToSearchArea([Commune("Annecy")], null, 10).Distance);
        Assert.Equal(0, Sut.ToSearchArea([Commune("Annecy")], 0, 10).Distance);
        Assert.Empty(Sut.ToSearchArea([Commune("Annecy")], 20, 10).Notes);
    }

    [Fact]
    public void ToSearchArea_ArrondissementAndAnOrdinaryCommune_UsesTheDefaultForBoth()
    {
        var area = Sut.ToSearchArea([Commune("Paris 11e"), Commune("Annecy")], distanceKm: null, defaultDistanceKm: 10);

        Assert.Equal(["75111", "74010"], area.Commune!);
        Assert.Equal(10, area.Distance);
    }

    [Fact]
    public void ToSearchArea_CityAmongOtherCommunes_WidensTheDistanceForAllAndSaysSo()
    {
        var area = Sut.ToSearchArea([Commune("Annecy"), Commune("Marseille"), Commune("Marseille 1er")], distanceKm: 5);

        Assert.Equal(["74010", "13201"], area.Commune!);
        Assert.Equal(11, area.Distance);
        Assert.Contains(area.Notes, n => n.Contains("11 km applies to every commune", StringComparison.Ordinal));
    }

    [Fact]
    public void ToSearchArea_NeverReturnsACityWideCode()
    {
        foreach (var commune in Sut.Communes.Where(c => c.CodeCommuneParente is not null || c.Code is "75056" or "69123" or "13055"))
        {
            foreach (var distance in new int?[] { null, 0, 1, 10, 50 })
            {
                var area = Sut.ToSearchArea([commune], distance, 10);
                var request = new OffresSearchRequest { Commune = area.Commune, Distance = area.Commune is null ? null : area.Distance, Departement = area.Departement };
                OffresSearchRequestValidator.Validate(request);
            }
        }
    }

    [Fact]
    public void ToSearchArea_NotACommune_Throws()
    {
        Assert.True(Sut.TryGetDepartement("74", out var departement));

        Assert.Equal("communes", Assert.Throws<ArgumentException>(() => Sut.ToSearchArea([departement])).ParamName);
        Assert.Equal("communes", Assert.Throws<ArgumentException>(() => Sut.ToSearchArea([])).ParamName);
        Assert.Equal("distanceKm", Assert.Throws<ArgumentOutOfRangeException>(() => Sut.ToSearchArea([Commune("Annecy")], -1)).ParamName);
    }

    [Fact]
    public void SplitCities_AreExactlyTheCommunesWithArrondissements()
    {
        var fromData = Sut.Communes.Where(c => c.CodeCommuneParente is not null).Select(c => c.CodeCommuneParente!).Distinct().Order();

        Assert.Equal(fromData, SplitCity.All.Select(c => c.Code).Order());
        foreach (var city in SplitCity.All)
        {
            var codes = Sut.Communes.Where(c => c.CodeCommuneParente == city.Code).Select(c => c.Code).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(city.FirstArrondissement, codes[0]);
            Assert.Equal(city.LastArrondissement, codes[^1]);
            Assert.Contains(city.Centre, codes);
        }

        // Only Paris is exactly its département: no other commune in 75.
        Assert.Equal(["75056"], Sut.Communes.Where(c => c.CodeDepartement == "75" && c.CodeCommuneParente is null).Select(c => c.Code));
    }

    private static double Km(Place a, Place b)
    {
        const double R = Math.PI / 180;
        var cos = (Math.Sin(a.Latitude!.Value * R) * Math.Sin(b.Latitude!.Value * R))
            + (Math.Cos(a.Latitude.Value * R) * Math.Cos(b.Latitude.Value * R) * Math.Cos((b.Longitude!.Value - a.Longitude!.Value) * R));
        return 6371.0088 * Math.Acos(Math.Clamp(cos, -1, 1));
    }
}
