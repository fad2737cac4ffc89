using System.Text.Json;
using OffresEmploi.Sdk.AI.Tests.TestSupport;

namespace OffresEmploi.Sdk.AI.Tests.Tools;

/// <summary>
/// The tools' place arguments with Paris, Lyon, Marseille and their arrondissements, against the in-process sandbox,
/// which answers the city-wide codes 75056, 69123 and 13055 with production's 400 (issue #12). Through the raw Refit
/// client, so no SDK validation stands between the tools and that 400: a regression comes back as an error result.
/// </summary>
public class PlaceArgumentsTests
{
    private static readonly string[] CityCodes = ["75056", "69123", "13055"];

    [Theory]
    [InlineData("""{"location":"Lyon"}""", "69382", "10", "Lyon (69123) as 69382 + 10 km")]
    [InlineData("""{"location":"Paris"}""", "75101", "10", "Paris (75056) as 75101 + 10 km")]
    [InlineData("""{"location":"Marseille"}""", "13201", "11", "Marseille (13055) as 13201 + 11 km")]
    [InlineData("""{"commune":["69123"]}""", "69382", "10", "Lyon (69123) as 69382 + 10 km")]
    [InlineData("""{"location":"Lyon","radius_km":30}""", "69382", "30", "Lyon (69123) as 69382 + 30 km")]
    [InlineData("""{"location":"Paris 11e"}""", "75111", "0", "Paris 11e Arrondissement (75111) + 0 km")]
    [InlineData("""{"location":"69003"}""", "69383", "0", "Lyon 3e Arrondissement (69383) + 0 km")]
    [InlineData("""{"commune":["75111"]}""", "75111", "0", "Paris 11e Arrondissement (75111) + 0 km")]
    [InlineData("""{"location":"Paris 11e","radius_km":5}""", "75111", "5", "Paris 11e Arrondissement (75111) + 5 km")]
    public async Task SearchOffers_CityOrArrondissement_SendsTheSearchFormAndIsAccepted(string arguments, string commune, string distance, string where)
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("search_offers", arguments);

        Assert.False(result.IsError, result.Text);
        var query = Parameters(runner.Counter.Queries.Single());
        Assert.Equal(commune, query["commune"]);
        Assert.Equal(distance, query["distance"]);
        Assert.Equal(where, ToolRunner.Structured(result).GetProperty("where").GetString());
    }

    [Fact]
    public async Task SearchOffers_ArrondissementAlone_ReturnsOffersOfThatArrondissementOnly()
    {
        using var runner = new ToolRunner(corpusSize: 20_000);

        var json = ToolRunner.Structured(await runner.CallAsync("search_offers", """{"location":"Paris 15e","page_size":50}"""));

        var offers = json.GetProperty("offers").EnumerateArray().ToList();
        Assert.NotEmpty(offers);
        Assert.All(offers, o => Assert.StartsWith("75 - Paris 15e", o.GetProperty("place").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SearchOffers_ParisWithRadiusZero_SearchesTheDepartement75()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("search_offers", """{"location":"Paris","radius_km":0}""");

        Assert.False(result.IsError, result.Text);
        var query = Parameters(runner.Counter.Queries.Single());
        Assert.Equal("75", query["departement"]);
        Assert.False(query.ContainsKey("commune"));
        Assert.False(query.ContainsKey("distance"));
    }

    [Theory]
    [InlineData("Paris")]
    [InlineData("Lyon")]
    [InlineData("Marseille")]
    public async Task SummarizeMarket_City_NeverSendsTheCityCode(string city)
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("summarize_market", JsonSerializer.Serialize(new Dictionary<string, object> { ["location"] = city, ["sample_size"] = 150 }));

        Assert.False(result.IsError, result.Text);
        Assert.NotEmpty(runner.Counter.Queries);
        Assert.All(runner.Counter.Queries, q => Assert.DoesNotContain(CityCodes, c => q.Contains(c, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Paris", "75056", "75101", 10)]
    [InlineData("Marseille", "13055", "13201", 11)]
    [InlineData("Paris 11e", "75111", "75111", 0)]
    [InlineData("75011", "75111", "75111", 0)]
    [InlineData("Annecy", "74010", "74010", 10)]
    public async Task ResolveLocation_Commune_GivesItsSearchFormWithTheRadius(string query, string code, string commune, int radius)
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("resolve_location", JsonSerializer.Serialize(new Dictionary<string, string> { ["query"] = query }));

        var best = ToolRunner.Structured(result).GetProperty("candidates")[0];
        Assert.Equal(code, best.GetProperty("code").GetString());
        Assert.Equal(commune, best.GetProperty("search").GetProperty("commune").GetString());
        Assert.Equal(radius, best.GetProperty("search").GetProperty("radius_km").GetInt32());
        Assert.Contains($"commune=\"{commune}\", radius_km={radius}", result.Text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Parameters(string pathAndQuery) =>
        pathAndQuery[(pathAndQuery.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
}
