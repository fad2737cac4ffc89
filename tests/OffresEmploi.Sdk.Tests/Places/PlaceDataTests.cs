using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Sdk.Tests.Places;

/// <summary>
/// The embedded lists as <see cref="PlaceData"/> reads them (spans over the decompressed bytes): every field of a few
/// rows that exercise each column form (several postal codes, an arrondissement, Corsica, overseas, derived coordinates).
/// </summary>
public class PlaceDataTests
{
    private static readonly (List<Place> Communes, List<Place> Departements, List<Place> Regions) Lists = PlaceData.Load();

    private static Place Commune(string code) => Assert.Single(Lists.Communes, c => c.Code == code);

    [Fact]
    public void Load_Counts()
    {
        Assert.Equal(34_920, Lists.Communes.Count);
        Assert.Equal(101, Lists.Departements.Count);
        Assert.Equal(18, Lists.Regions.Count);
    }

    [Fact]
    public void Load_CommuneWithSeveralPostalCodesAndExactCoordinates()
    {
        var annecy = Commune("74010");

        Assert.Equal(PlaceKind.Commune, annecy.Kind);
        Assert.Equal("Annecy", annecy.Libelle);
        Assert.Equal("74", annecy.CodeDepartement);
        Assert.Equal("84", annecy.CodeRegion);
        Assert.Equal(["74000", "74370", "74600", "74940", "74960"], annecy.CodesPostaux);
        Assert.Equal(132_117, annecy.Population);
        Assert.Equal(45.90878, annecy.Latitude);
        Assert.Equal(6.12565, annecy.Longitude);
        Assert.Null(annecy.CodeCommuneParente);
        Assert.True(annecy.HasExactCoordinates);
    }

    [Theory]
    [InlineData("75115", "Paris 15e Arrondissement", "75", "11", "75056")]
    [InlineData("2A004", "Ajaccio", "2A", "94", null)]
    [InlineData("97411", "Saint-Denis", "974", "04", null)]
    public void Load_CommuneCodesAndParent(string code, string libelle, string departement, string region, string? parent)
    {
        var commune = Commune(code);

        Assert.Equal(libelle, commune.Libelle);
        Assert.Equal(departement, commune.CodeDepartement);
        Assert.Equal(region, commune.CodeRegion);
        Assert.Equal(parent, commune.CodeCommuneParente);
    }

    [Fact]
    public void Load_CommuneWithoutGazetteerEntry_GetsTheDerivedPointOfItsDepartement()
    {
        var boissey = Commune("01050");
        var ain = Assert.Single(Lists.Departements, d => d.Code == "01");

        Assert.False(boissey.HasExactCoordinates);
        Assert.Equal(["01190", "01380"], boissey.CodesPostaux);
        Assert.Equal(396, boissey.Population);
        // 5762 km² is the Ain's surface in departements.tsv.
        Assert.Equal(PlaceData.Derive("01050", ain.Latitude!.Value, ain.Longitude!.Value, 5762), (boissey.Latitude!.Value, boissey.Longitude!.Value));
    }

    [Fact]
    public void Load_Departement()
    {
        var hauteSavoie = Assert.Single(Lists.Departements, d => d.Code == "74");

        Assert.Equal(PlaceKind.Departement, hauteSavoie.Kind);
        Assert.Equal("Haute-Savoie", hauteSavoie.Libelle);
        Assert.Equal("74", hauteSavoie.CodeDepartement);
        Assert.Equal("84", hauteSavoie.CodeRegion);
        Assert.Equal(46.03, hauteSavoie.Latitude);
        Assert.Equal(6.43, hauteSavoie.Longitude);
    }

    [Fact]
    public void Load_EveryCommuneHasItsDepartementsRegion_AndAPostalCode()
    {
        var regionOf = Lists.Departements.ToDictionary(d => d.Code, d => d.CodeRegion);

        Assert.All(Lists.Communes, c =>
        {
            Assert.Equal(regionOf[c.CodeDepartement!], c.CodeRegion);
            Assert.NotEmpty(c.CodesPostaux);
            Assert.All(c.CodesPostaux, cp => Assert.Matches("^[0-9]{5}$", cp));
        });
    }
}
