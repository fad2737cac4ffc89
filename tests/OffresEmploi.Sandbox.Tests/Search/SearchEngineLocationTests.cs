using System.Text.Json;
using OffresEmploi.Sandbox.Data;
using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Tests.Search;

public class SearchEngineLocationTests
{
    private static readonly CommuneTable Communes = SandboxData.Instance.Communes;

    private static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        // Spherical law of cosines: a different formula from the engine's haversine, same sphere.
        const double R = Math.PI / 180;
        var cos = (Math.Sin(lat1 * R) * Math.Sin(lat2 * R)) + (Math.Cos(lat1 * R) * Math.Cos(lat2 * R) * Math.Cos((lon2 - lon1) * R));
        return 6371.0088 * Math.Acos(Math.Clamp(cos, -1, 1));
    }

    private static bool Within(JsonElement offer, string commune, double km)
    {
        var lieu = offer.GetProperty("lieuTravail");
        if (!lieu.TryGetProperty("latitude", out var lat))
        {
            return false;
        }

        var c = Communes.IndexOf(commune);
        return Km(Communes.Latitude[c], Communes.Longitude[c], lat.GetDouble(), lieu.GetProperty("longitude").GetDouble()) <= km + 1e-6;
    }

    [Theory]
    [InlineData("69123", 20)]   // Lyon: the city and its arrondissements
    [InlineData("33063", 30)]   // Bordeaux
    [InlineData("74010", 10)]   // Annecy
    public void Search_CommuneAndDistance_MatchesOffersWithinDistancePlusMargin(string commune, int distance)
    {
        var city = new[] { "69123", "75056", "13055" }.FirstOrDefault(c => c == commune);
        SearchAssert.Matches(
            new SandboxSearchQuery { Commune = [commune], Distance = distance },
            o => Within(o, commune, distance * 1.3) || (city is not null && o.Str("lieuTravail", "commune") is { } code && Communes.Parent[Communes.IndexOf(code)] == Communes.IndexOf(city)));
    }

    [Fact]
    public void Search_CommuneWithoutDistance_UsesTenKilometres() =>
        SearchAssert.Matches(new SandboxSearchQuery { Commune = ["31555"] }, o => Within(o, "31555", 13));

    [Fact]
    public void Search_ParisArrondissementWithRadius_ReturnsTheWholeCity()
    {
        var result = SearchAssert.Engine.Search(new SandboxSearchQuery { Commune = ["75115"], Distance = 1 }, 0, 3149);
        var paris = TestCorpus.Offers.Count(o => o.Str("lieuTravail", "commune") is { } c && c.StartsWith("751", StringComparison.Ordinal));

        Assert.True(paris > 0);
        Assert.True(result.Total >= paris);
        Assert.Equal(paris, result.Page.Count(i => TestCorpus.Offers[i].Str("lieuTravail", "commune") is { } c && c.StartsWith("751", StringComparison.Ordinal)));
    }

    [Fact]
    public void Search_DistanceZero_MatchesThatCommuneOnly()
    {
        var commune = TestCorpus.Offers.Select(o => o.Str("lieuTravail", "commune")).First(c => c is not null && !c.StartsWith("75", StringComparison.Ordinal))!;
        SearchAssert.Matches(new SandboxSearchQuery { Commune = [commune], Distance = 0 }, o => o.Str("lieuTravail", "commune") == commune);
    }

    [Fact]
    public void Search_CityCodeWithDistanceZero_MatchesAllItsArrondissements() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { Commune = ["75056"], Distance = 0 },
            o => o.Str("lieuTravail", "commune") is { } c && c.StartsWith("751", StringComparison.Ordinal));

    [Fact]
    public void Search_Departements_MatchOnTheLibellePrefix() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { Departement = ["74", "2A", "971"] },
            o => o.Str("lieuTravail", "libelle")!.Split(" - ")[0] is "74" or "2A" or "971");

    [Fact]
    public void Search_InclureLimitrophes_AddsBorderingDepartements() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { Departement = ["74"], InclureLimitrophes = true },
            o => o.Str("lieuTravail", "libelle")!.Split(" - ")[0] is "74" or "73" or "01");

    [Fact]
    public void Search_Region_MatchesTheDepartementsOfTheRegion()
    {
        var departements = TestCorpus.Referentiel("departements")
            .Where(d => d.GetProperty("region").GetProperty("code").GetString() == "84")
            .Select(d => d.GetProperty("code").GetString())
            .ToHashSet();
        SearchAssert.Matches(new SandboxSearchQuery { Region = "84" }, o => departements.Contains(o.Str("lieuTravail", "libelle")!.Split(" - ")[0]));
    }

    [Fact]
    public void Search_PaysContinent_FranceMatchesAllAndOthersNothing()
    {
        Assert.Equal(TestCorpus.Corpus.Count, SearchAssert.Engine.Search(new SandboxSearchQuery { PaysContinent = "01" }, 0, 0).Total);
        Assert.Equal(TestCorpus.Corpus.Count, SearchAssert.Engine.Search(new SandboxSearchQuery { PaysContinent = "00" }, 0, 0).Total);
        Assert.Equal(0, SearchAssert.Engine.Search(new SandboxSearchQuery { PaysContinent = "02" }, 0, 0).Total);
    }
}
