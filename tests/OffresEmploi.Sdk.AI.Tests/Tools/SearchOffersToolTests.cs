using System.Text.Json;
using OffresEmploi.Sdk.AI.Tests.TestSupport;
using OffresEmploi.Sdk.AI.Tools;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Tests.Tools;

public class SearchOffersToolTests
{
    [Fact]
    public async Task Search_PlaceName_ResolvesToRegionAndReturnsCards()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("search_offers", """{"location":"Bretagne","contract":["CDI"],"page_size":3}""");

        Assert.False(result.IsError, result.Text);
        var json = ToolRunner.Structured(result);
        Assert.Contains("region=53", Uri.UnescapeDataString(runner.Counter.Queries.Single()), StringComparison.Ordinal);
        Assert.Equal(3, json.GetProperty("offers").GetArrayLength());
        Assert.True(json.GetProperty("total").GetInt32() > 3);
        foreach (var offer in json.GetProperty("offers").EnumerateArray())
        {
            var id = offer.GetProperty("id").GetString()!;
            Assert.Contains(id + " | ", result.Text, StringComparison.Ordinal);
            Assert.Equal("https://candidat.francetravail.fr/offres/recherche/detail/" + id, offer.GetProperty("url").GetString());
            // typeContratLibelle, as the API writes it: the code or the label ("CDI", "Contrat à durée indéterminée").
            Assert.Matches("^(CDI|Contrat à durée indéterminée)", offer.GetProperty("contract").GetString());
        }
    }

    [Fact]
    public async Task Search_SameArgumentsOnTwoClients_GivesTheSameResultAndRequests()
    {
        // One client path: the result depends on the arguments and the data only, never on a per-client state.
        using var first = new ToolRunner();
        using var second = new ToolRunner();
        const string Arguments = """{"location":"Bretagne","contract":["CDI","CDD"],"page_size":5}""";

        var fromFirst = await first.CallAsync("search_offers", Arguments);
        var fromSecond = await second.CallAsync("search_offers", Arguments);

        Assert.False(fromSecond.IsError, fromSecond.Text);
        Assert.Equal(fromFirst.Text, fromSecond.Text);
        Assert.Equal(first.Counter.Queries, second.Counter.Queries);
        Assert.Contains("range=0-4", Assert.Single(first.Counter.Queries), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_CursorPastTheLastFirstIndex_StartsTheRangeThereAndDropsTheOverlap()
    {
        // The API refuses a range starting after 3000; a cursor at 3050 must still reach offers 3051-3100.
        using var runner = new ToolRunner(corpusSize: 5000);
        var cursor = new SearchCursor(new OffresSearchCriteria(), "date", Offset: 3050, PageSize: 50).Encode();
        var previous = new SearchCursor(new OffresSearchCriteria(), "date", Offset: 3000, PageSize: 50).Encode();

        var result = await runner.CallAsync("search_offers", JsonSerializer.Serialize(new Dictionary<string, string> { ["cursor"] = cursor }));
        var before = ToolRunner.Structured(await runner.CallAsync("search_offers", JsonSerializer.Serialize(new Dictionary<string, string> { ["cursor"] = previous })));

        Assert.False(result.IsError, result.Text);
        Assert.Contains("range=3000-3099", runner.Counter.Queries[0], StringComparison.Ordinal);
        var json = ToolRunner.Structured(result);
        var ids = json.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        var previousIds = before.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(3050, json.GetProperty("offset").GetInt32());
        Assert.Equal(50, ids.Count);
        Assert.Equal(50, previousIds.Count);
        Assert.Empty(ids.Intersect(previousIds));
    }

    [Fact]
    public async Task Search_NextCursor_ContinuesWithoutRepeatingOffers()
    {
        using var runner = new ToolRunner();
        var first = ToolRunner.Structured(await runner.CallAsync("search_offers", """{"location":"74","page_size":4}"""));
        var cursor = first.GetProperty("nextCursor").GetString()!;

        var second = ToolRunner.Structured(await runner.CallAsync("search_offers", JsonSerializer.Serialize(new Dictionary<string, string> { ["cursor"] = cursor })));

        var firstIds = first.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        var secondIds = second.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(4, second.GetProperty("offset").GetInt32());
        Assert.Equal(first.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Contains("range=4-7", runner.Counter.Queries[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_CommuneWithRadius_SendsCommuneAndDistance()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("search_offers", """{"location":"Annecy","radius_km":25}""");

        Assert.False(result.IsError, result.Text);
        var query = Uri.UnescapeDataString(runner.Counter.Queries.Single());
        Assert.Contains("commune=74010", query, StringComparison.Ordinal);
        Assert.Contains("distance=25", query, StringComparison.Ordinal);
        Assert.Equal("Annecy (74010) + 25 km", ToolRunner.Structured(result).GetProperty("where").GetString());
    }

    [Theory]
    [InlineData("""{"location":"Saint-Denis"}""", "ambiguous", "93066")]
    [InlineData("""{"location":"Zzyzxville"}""", "no French commune", "location")]
    [InlineData("""{"radius_km":"abc","location":"Annecy"}""", "radius_km", "integer from 0 to 200")]
    [InlineData("""{"salary_min":2000}""", "salary_period", "give both")]
    [InlineData("""{"contract":["CDX"]}""", "contract", "CDI")]
    [InlineData("""{"keywords":"a"}""", "Each keyword of 'keywords' must have at least 2 characters", "got 'a'")]
    [InlineData("""{"keywords":"un,deux,trois,quatre,cinq,six,sept,huit"}""", "'keywords' accepts at most 7 keywords", "8 were given")]
    [InlineData("""{"published_since":5}""", "published_since", "one of 1, 3, 7, 14, 31")]
    [InlineData("""{"published_since":60}""", "published_since", "integer from 1 to 31")]
    [InlineData("""{"page_size":500}""", "page_size", "1 to 50")]
    [InlineData("""{"location":"Annecy","departement":["74"]}""", "either 'location'", "not both")]
    [InlineData("""{"location":"Bretagne","radius_km":5}""", "radius_km", "drop 'radius_km'")]
    [InlineData("""{"cursor":"not-a-cursor"}""", "cursor", "nextCursor")]
    [InlineData("""{"what":"boulanger"}""", "Unknown argument 'what'", "keywords")]
    [InlineData("""{"departement":["999"]}""", "departement", "resolve_location")]
    public async Task Search_BadArguments_ReturnsErrorThatSaysHowToFix(string arguments, string expected1, string expected2)
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("search_offers", arguments);

        Assert.True(result.IsError);
        Assert.Null(result.StructuredContent);
        Assert.StartsWith("Error: ", result.Text, StringComparison.Ordinal);
        Assert.Contains(expected1, result.Text, StringComparison.Ordinal);
        Assert.Contains(expected2, result.Text, StringComparison.Ordinal);
        Assert.Equal(0, runner.Counter.Count);
    }

    [Fact]
    public async Task Search_Api400_ReturnsErrorWithTheApiMessage()
    {
        using var runner = new ToolRunner();

        // A ROME code of the right shape passes the tool's checks (an open list) and is refused by the API.
        var result = await runner.CallAsync("search_offers", """{"rome":["Z9999"]}""");

        Assert.True(result.IsError);
        Assert.Contains("(HTTP 400", result.Text, StringComparison.Ordinal);
        Assert.Contains("codeROME", result.Text, StringComparison.Ordinal);
        Assert.Contains("Change argument 'rome' and retry.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_UnknownNatureCode_RefusedBeforeAnyRequestListingTheCodes()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("search_offers", """{"nature":["ZZ"]}""");

        Assert.True(result.IsError);
        Assert.Contains("'nature': \"ZZ\" is not one of E1, E2, FA", result.Text, StringComparison.Ordinal);
        Assert.Equal(0, runner.Counter.Count);
    }

    [Fact]
    public async Task Search_SmallBudget_CutsCardsAndContinuesFromTheCut()
    {
        using var runner = new ToolRunner(new OffresEmploiToolsOptions { MaxResultLength = 2_000 });

        var result = await runner.CallAsync("search_offers", """{"location":"74","page_size":50}""");

        Assert.False(result.IsError, result.Text);
        Assert.True(result.Text.Length <= 2_000, $"{result.Text.Length} characters");
        var json = ToolRunner.Structured(result);
        var kept = json.GetProperty("offers").GetArrayLength();
        Assert.InRange(kept, 1, 49);
        Assert.Contains("lower page_size or narrow", json.GetProperty("hint").GetString(), StringComparison.Ordinal);
        var next = ToolRunner.Structured(await runner.CallAsync("search_offers", JsonSerializer.Serialize(new Dictionary<string, string> { ["cursor"] = json.GetProperty("nextCursor").GetString()! })));
        Assert.Equal(kept, next.GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Search_Notice_EndsTextAndIsInJson()
    {
        using var runner = new ToolRunner(new OffresEmploiToolsOptions { Notice = "Simulated offers." });

        var result = await runner.CallAsync("search_offers", """{"location":"74","page_size":1}""");

        Assert.EndsWith("Simulated offers.", result.Text, StringComparison.Ordinal);
        Assert.Equal("Simulated offers.", ToolRunner.Structured(result).GetProperty("notice").GetString());
    }
}
