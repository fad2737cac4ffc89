using System.Text.Json;
using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Tests.Data;

public class ReferentielDataTests
{
    [Fact]
    public void Names_AreTheSixteenApiReferentiels() =>
        Assert.Equal(
            ["appellations", "communes", "continents", "departements", "domaines", "langues", "metiers", "nafs", "naturesContrats",
             "niveauxFormations", "pays", "permis", "regions", "secteursActivites", "themes", "typesContrats"],
            ReferentielData.Names.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("typesContrats", 11)]
    [InlineData("naturesContrats", 20)]
    [InlineData("regions", 18)]
    [InlineData("departements", 101)]
    [InlineData("themes", 17)]
    [InlineData("continents", 7)]
    [InlineData("niveauxFormations", 11)]
    [InlineData("permis", 20)]
    [InlineData("metiers", 609)]
    [InlineData("appellations", 11_522)]
    public void TryWrite_WritesTheWholeList(string name, int count) =>
        Assert.Equal(count, TestCorpus.Referentiel(name).Length);

    [Fact]
    public void TryWrite_PlainReferentiels_AreCodeLibellePairs()
    {
        foreach (var name in ReferentielData.Names.Except(["communes", "departements"]))
        {
            var items = TestCorpus.Referentiel(name);
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.Equal(["code", "libelle"], i.EnumerateObject().Select(p => p.Name)));
            Assert.Equal(items.Length, items.Select(i => i.Str("code")).Distinct().Count());
        }
    }

    [Fact]
    public void TryWrite_Communes_HaveTheCommuneShapeAndIncludeArrondissements()
    {
        var communes = TestCorpus.Referentiel("communes");

        Assert.True(communes.Length > 34_000);
        Assert.All(communes.Where(c => c.Str("codePostal") is not null), c =>
            Assert.Equal(["code", "libelle", "codePostal", "codeDepartement"], c.EnumerateObject().Select(p => p.Name)));
        Assert.Contains(communes, c => c.Str("code") == "75056");
        Assert.Contains(communes, c => c.Str("code") == "75116" && c.Str("codePostal") == "75016");
        Assert.Contains(communes, c => c.Str("code") == "74010" && c.Str("libelle") == "ANNECY" && c.Str("codeDepartement") == "74");
        Assert.Contains(communes, c => c.Str("code") == "2A004" && c.Str("codeDepartement") == "2A");
    }

    [Fact]
    public void TryWrite_Departements_NestTheirRegion()
    {
        var savoie = TestCorpus.Referentiel("departements").Single(d => d.Str("code") == "74");

        Assert.Equal("Haute-Savoie", savoie.Str("libelle"));
        Assert.Equal("84", savoie.Str("region", "code"));
        Assert.Equal("Auvergne-Rhône-Alpes", savoie.Str("region", "libelle"));
    }

    [Fact]
    public void TryWrite_UnknownName_WritesNothing()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Assert.False(ReferentielData.TryWrite("inconnu", writer));
        }

        Assert.Equal(0, stream.Length);
    }

    [Theory]
    [InlineData("typesContrats", "CDI", true)]
    [InlineData("typesContrats", "XYZ", false)]
    [InlineData("communes", "75101", true)]
    [InlineData("communes", "99999", false)]
    [InlineData("departements", "2B", true)]
    [InlineData("departements", "20", false)]
    [InlineData("appellations", "38444", true)]
    [InlineData("nafs", "78.20Z", true)]
    [InlineData("secteursActivites", "78", true)]
    [InlineData("langues", "EN", true)]
    [InlineData("pays", "01", true)]
    [InlineData("continents", "00", true)]
    [InlineData("inconnu", "CDI", false)]
    public void IsKnownCode_ChecksTheReferentiel(string name, string code, bool known) =>
        Assert.Equal(known, ReferentielData.IsKnownCode(name, code));
}
