using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Places;

public class PlaceResolverTests
{
    private static PlaceResolver Sut => PlaceResolver.Default;

    [Theory]
    [InlineData("Annecy", "74010")]
    [InlineData("annecy", "74010")]
    [InlineData("ANNECY (74)", "74010")]
    [InlineData("Saint-Étienne", "42218")]
    [InlineData("st etienne", "42218")]
    [InlineData("Besancon", "25056")]
    [InlineData("74000", "74010")]
    [InlineData("74010", "74010")]
    [InlineData("Paris 15e", "75115")]
    [InlineData("paris 1er arrondissement", "75101")]
    [InlineData("Lyon 3", "69383")]
    [InlineData("Marseille 8ème", "13208")]
    [InlineData("75011", "75111")]   // an arrondissement's postal code: the arrondissement, not the whole city
    [InlineData("69003", "69383")]
    [InlineData("13008", "13208")]
    [InlineData("Ajaccio", "2A004")]
    [InlineData("2A004", "2A004")]
    public void Resolve_CommuneText_FindsTheCommune(string text, string expectedInsee)
    {
        var best = Sut.Resolve(text).Best;

        Assert.NotNull(best);
        Assert.Equal(PlaceKind.Commune, best.Kind);
        Assert.Equal(expectedInsee, best.Code);
    }

    [Theory]
    [InlineData("Haute-Savoie", "74")]
    [InlineData("haute savoie", "74")]
    [InlineData("2A", "2A")]
    [InlineData("2b", "2B")]
    [InlineData("971", "971")]
    [InlineData("Côtes-d'Armor", "22")]
    public void Resolve_DepartementText_FindsTheDepartement(string text, string expected)
    {
        var best = Sut.Resolve(text).Best;

        Assert.NotNull(best);
        Assert.Equal(PlaceKind.Departement, best.Kind);
        Assert.Equal(expected, best.Code);
    }

    [Theory]
    [InlineData("Auvergne-Rhône-Alpes", "84")]
    [InlineData("ile de france", "11")]
    [InlineData("Provence-Alpes-Côte d'Azur", "93")]
    public void Resolve_RegionText_FindsTheRegion(string text, string expected)
    {
        var best = Sut.Resolve(text).Best;

        Assert.NotNull(best);
        Assert.Equal(PlaceKind.Region, best.Kind);
        Assert.Equal(expected, best.Code);
    }

    [Fact]
    public void Resolve_Paris_PrefersTheCityAndOffersTheDepartement()
    {
        var resolution = Sut.Resolve("Paris");

        Assert.Equal("75056", resolution.Best!.Code);
        Assert.Contains(resolution.Candidates, p => p.Kind == PlaceKind.Departement && p.Code == "75");
        Assert.False(resolution.IsAmbiguous);
    }

    [Fact]
    public void Resolve_NameSharedByTwoLargeCommunes_IsAmbiguousWithBoth()
    {
        // Saint-Denis (93) and Saint-Denis (La Réunion) both have over 100,000 inhabitants.
        var resolution = Sut.Resolve("Saint-Denis");

        Assert.True(resolution.IsAmbiguous);
        Assert.Contains(resolution.Candidates, p => p.Code == "93066");
        Assert.Contains(resolution.Candidates, p => p.Code == "97411");
    }

    [Fact]
    public void Resolve_QualifiedWithDepartement_RemovesTheAmbiguity()
    {
        var resolution = Sut.Resolve("Saint-Denis (974)");

        Assert.Equal("97411", resolution.Best!.Code);
        Assert.All(resolution.Candidates, p => Assert.Equal("974", p.CodeDepartement));
    }

    [Fact]
    public void Resolve_Prefix_ReturnsLargerPlacesFirst()
    {
        var resolution = Sut.Resolve("Greno", maxCandidates: 3);

        Assert.Equal("38185", resolution.Best!.Code); // Grenoble
        Assert.InRange(resolution.Candidates.Count, 1, 3);
    }

    [Fact]
    public void Resolve_Unknown_ReturnsNoCandidate()
    {
        var resolution = Sut.Resolve("Zzyzx-sur-Mer");

        Assert.Null(resolution.Best);
        Assert.Empty(resolution.Candidates);
        Assert.False(resolution.IsAmbiguous);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Resolve_Blank_ThrowsNamingTheParameter(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => Sut.Resolve(text));
        Assert.Equal("text", ex.ParamName);
    }

    [Fact]
    public void Resolve_MaxCandidatesOutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Sut.Resolve("Annecy", 0));
        Assert.Equal("maxCandidates", ex.ParamName);
    }

    [Fact]
    public void Lists_HoldTheOfficialCounts()
    {
        Assert.Equal(101, Sut.Departements.Count);
        Assert.Equal(18, Sut.Regions.Count);
        // About 34,900 communes plus 45 arrondissements (Paris 20, Lyon 9, Marseille 16).
        Assert.InRange(Sut.Communes.Count, 34_000, 36_000);
        Assert.Equal(45, Sut.Communes.Count(c => c.CodeCommuneParente is not null));
    }

    [Fact]
    public void Communes_AllHaveCoordinatesInsideFranceOrOverseas()
    {
        foreach (var commune in Sut.Communes)
        {
            Assert.NotNull(commune.Latitude);
            Assert.NotNull(commune.Longitude);
            Assert.InRange(commune.Latitude.Value, -22.0, 51.2);
            Assert.InRange(commune.Longitude.Value, -62.0, 56.0);
        }
    }

    [Fact]
    public void Communes_DerivedCoordinatesStayNearTheirDepartementCentre()
    {
        foreach (var commune in Sut.Communes.Where(c => !c.HasExactCoordinates))
        {
            Assert.True(Sut.TryGetDepartement(commune.CodeDepartement!, out var departement));
            var dLat = Math.Abs(commune.Latitude!.Value - departement.Latitude!.Value);
            Assert.True(dLat < 1.5, $"{commune} is {dLat:F2}° of latitude from its département centre");
        }
    }

    [Fact]
    public void TryGet_KnownAndUnknownCodes()
    {
        Assert.True(Sut.TryGetCommune("74010", out var annecy));
        Assert.Equal("Annecy", annecy.Libelle);
        Assert.Equal("84", annecy.CodeRegion);
        Assert.Contains("74000", annecy.CodesPostaux);
        Assert.False(Sut.TryGetCommune("00000", out _));
        Assert.True(Sut.TryGetRegion("84", out var ara));
        Assert.Equal("Auvergne-Rhône-Alpes", ara.Libelle);
        Assert.False(Sut.TryGetDepartement("00", out _));
    }
}
