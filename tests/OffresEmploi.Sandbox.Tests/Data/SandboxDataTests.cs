using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Tests.Data;

public class SandboxDataTests
{
    private static readonly SandboxData Data = SandboxData.Instance;

    [Fact]
    public void Limitrophes_AreSymmetricAndKnown()
    {
        var d = Data.Departements;
        for (var a = 0; a < d.Count; a++)
        {
            Assert.All(d.Limitrophes[a], b => Assert.Contains(a, d.Limitrophes[b]));
        }

        Assert.Equal(["01", "73"], d.Limitrophes[d.IndexOf("74")].Select(i => d.Codes[i]));
        Assert.Equal(["92", "93", "94"], d.Limitrophes[d.IndexOf("75")].Select(i => d.Codes[i]));
        Assert.Empty(d.Limitrophes[d.IndexOf("974")]);
        Assert.Equal(96, Enumerable.Range(0, d.Count).Count(i => d.Limitrophes[i].Length > 0));
    }

    [Fact]
    public void Communes_HaveCoordinatesInTheirArea()
    {
        var c = Data.Communes;
        var d = Data.Departements;
        for (var i = 0; i < c.Count; i++)
        {
            var dep = c.Departement[i];
            var km = Sandbox.Search.GeoDistance.Kilometres(d.CentreLatitude[dep], d.CentreLongitude[dep], c.Latitude[i], c.Longitude[i]);
            Assert.True(km < 150, $"{c.Codes[i]} {c.Noms[i]} is {km:F0} km from its département's centre");
        }
    }

    [Theory]
    [InlineData("74010", 45.90, 6.13)]   // Annecy (GeoNames)
    [InlineData("75056", 48.85, 2.35)]   // Paris
    [InlineData("13201", 43.30, 5.38)]   // Marseille 1er (GeoNames)
    [InlineData("69381", 45.77, 4.83)]   // Lyon 1er (project table)
    public void Communes_KnownPlaces_AreWhereTheyReallyAre(string code, double latitude, double longitude)
    {
        var c = Data.Communes;
        var i = c.IndexOf(code);

        Assert.InRange(c.Latitude[i], latitude - 0.02, latitude + 0.02);
        Assert.InRange(c.Longitude[i], longitude - 0.02, longitude + 0.02);
    }

    [Fact]
    public void Communes_ArrondissementsBelongToTheirCity()
    {
        var c = Data.Communes;

        Assert.Equal(20, c.Arrondissements[c.IndexOf("75056")].Length);
        Assert.Equal(9, c.Arrondissements[c.IndexOf("69123")].Length);
        Assert.Equal(16, c.Arrondissements[c.IndexOf("13055")].Length);
        Assert.Equal(c.IndexOf("75056"), c.Parent[c.IndexOf("75120")]);
    }

    [Fact]
    public void Appellations_AreLinkedToKnownMetiers()
    {
        Assert.True(Data.AppellationCodes.Length > 600);
        Assert.All(Data.AppellationRome, r => Assert.InRange(r, 0, Data.Metiers.Length - 1));
        var commis = Array.IndexOf(Data.AppellationLibelles, "Commis / Commise de cuisine");
        Assert.Equal("G1602", Data.Metiers[Data.AppellationRome[commis]].Code);
    }

    [Fact]
    public void MetierDemand_NamesMetiersOffersArePublishedUnder()
    {
        var rows = EmbeddedData.ReadRows("metiers-demande.tsv");
        var offered = Data.AppellationRome.Select(r => Data.Metiers[r].Code).ToHashSet(StringComparer.Ordinal);

        Assert.True(rows.Count > 100);
        Assert.All(rows, r => Assert.Contains(r[0], offered));
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(14, Data.MetierDemand[Data.MetierIndex["M1805"]]);
        Assert.Equal(1, Data.MetierDemand[Data.MetierIndex["M1809"]]);
    }

    [Fact]
    public void NafsByGrandDomaine_CoverEveryLetter() =>
        Assert.All("ABCDEFGHIJKLMN", letter => Assert.NotEmpty(Data.NafsByGrandDomaine[letter]));
}
