using System.Text.Json;
using OffresEmploi.Sdk.AI.Tests.TestSupport;

namespace OffresEmploi.Sdk.AI.Tests.Tools;

public class GetOfferToolTests
{
    [Fact]
    public async Task GetOffer_KnownId_ReturnsFactsDescriptionAndPrunedJson()
    {
        using var runner = new ToolRunner();
        var id = ToolRunner.Structured(await runner.CallAsync("search_offers", """{"location":"74","page_size":1}""")).GetProperty("offers")[0].GetProperty("id").GetString()!;

        var result = await runner.CallAsync("get_offer", JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id }));

        Assert.False(result.IsError, result.Text);
        Assert.Contains($"[{id}]", result.Text, StringComparison.Ordinal);
        Assert.Contains("Description:", result.Text, StringComparison.Ordinal);
        Assert.Contains("URL: https://candidat.francetravail.fr/offres/recherche/detail/" + id, result.Text, StringComparison.Ordinal);
        var offer = ToolRunner.Structured(result).GetProperty("offer");
        Assert.Equal(id, offer.GetProperty("id").GetString());
        AssertNoEmptyMember(offer);
    }

    [Fact]
    public async Task GetOffer_UnknownId_ReturnsErrorPointingToSearch()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("get_offer", """{"id":"ZZZZZZZ"}""");

        Assert.True(result.IsError);
        Assert.Contains("search_offers", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "Missing argument 'id'")]
    [InlineData("""{"id":"../x"}""", "letters and digits")]
    public async Task GetOffer_BadId_ReturnsErrorWithoutCallingTheApi(string arguments, string expected)
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("get_offer", arguments);

        Assert.True(result.IsError);
        Assert.Contains(expected, result.Text, StringComparison.Ordinal);
        Assert.Equal(0, runner.Counter.Count);
    }

    private static void AssertNoEmptyMember(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.NotEmpty(element.EnumerateObject());
                foreach (var property in element.EnumerateObject())
                {
                    AssertNoEmptyMember(property.Value);
                }

                break;
            case JsonValueKind.Array:
                Assert.NotEqual(0, element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoEmptyMember(item);
                }

                break;
            case JsonValueKind.String:
                Assert.False(string.IsNullOrWhiteSpace(element.GetString()));
                break;
            default:
                Assert.NotEqual(JsonValueKind.Null, element.ValueKind);
                break;
        }
    }
}

public class LookupReferentielToolTests
{
    [Fact]
    public async Task Lookup_AccentInsensitiveQuery_FindsLabels()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("lookup_referentiel", """{"name":"typesContrats","query":"DUREE"}""");

        Assert.False(result.IsError, result.Text);
        var items = ToolRunner.Structured(result).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.Contains("CDD", items);
        Assert.Contains("CDI", items);
        Assert.Contains("CDD - Contrat à durée déterminée", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_Limit_CapsItemsAndSaysHowManyMore()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("lookup_referentiel", """{"name":"departements","limit":5}""");

        var json = ToolRunner.Structured(result);
        Assert.Equal(5, json.GetProperty("items").GetArrayLength());
        Assert.True(json.GetProperty("matched").GetInt32() > 90);
        Assert.Contains("more", json.GetProperty("hint").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_IsCachedAcrossCalls()
    {
        using var runner = new ToolRunner();

        await runner.CallAsync("lookup_referentiel", """{"name":"permis","query":"B"}""");
        await runner.CallAsync("lookup_referentiel", """{"name":"permis","query":"C"}""");

        Assert.Equal(1, runner.Counter.Count);
    }

    [Fact]
    public async Task Lookup_UnknownName_ListsTheValidNames()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("lookup_referentiel", """{"name":"jobs"}""");

        Assert.True(result.IsError);
        Assert.Contains("typesContrats", result.Text, StringComparison.Ordinal);
    }
}

public class ResolveLocationToolTests
{
    [Fact]
    public async Task Resolve_AmbiguousName_ListsCandidatesWithSearchArguments()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("resolve_location", """{"query":"Saint-Denis"}""");

        var json = ToolRunner.Structured(result);
        Assert.True(json.GetProperty("ambiguous").GetBoolean());
        var codes = json.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("search").GetProperty("commune").GetString()).ToList();
        Assert.Contains("93066", codes);
        Assert.Contains("97411", codes);
        Assert.Contains("commune=\"93066\"", result.Text, StringComparison.Ordinal);
        Assert.Equal(0, runner.Counter.Count);
    }

    [Theory]
    [InlineData("74000", "commune", "74010")]
    [InlineData("haute savoie", "departement", "74")]
    [InlineData("Auvergne-Rhône-Alpes", "region", "84")]
    public async Task Resolve_PostalCodeDepartementRegion_GiveTheCode(string query, string kind, string code)
    {
        using var runner = new ToolRunner();

        var json = ToolRunner.Structured(await runner.CallAsync("resolve_location", JsonSerializer.Serialize(new Dictionary<string, string> { ["query"] = query })));

        var best = json.GetProperty("candidates")[0];
        Assert.Equal(kind, best.GetProperty("kind").GetString());
        Assert.Equal(code, best.GetProperty("code").GetString());
        Assert.Equal(code, best.GetProperty("search").GetProperty(kind).GetString());
    }
}

public class SummarizeMarketToolTests
{
    [Fact]
    public async Task Summarize_Departement_GivesLabelledFacetsSummingToTotalAndSalaryQuantiles()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("summarize_market", """{"location":"Bretagne","sample_size":200}""");

        Assert.False(result.IsError, result.Text);
        var json = ToolRunner.Structured(result);
        var total = json.GetProperty("total").GetInt32();
        var contracts = json.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("filter").GetString() == "typeContrat");
        Assert.Equal(total, contracts.GetProperty("values").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));
        Assert.Contains(contracts.GetProperty("values").EnumerateArray(), v => v.GetProperty("code").GetString() == "CDI" && v.GetProperty("label").GetString() == "Contrat à durée indéterminée");
        var all = json.GetProperty("salaries")[0];
        Assert.Equal("all", all.GetProperty("scope").GetString());
        Assert.True(all.GetProperty("min").GetDouble() <= all.GetProperty("median").GetDouble());
        Assert.True(all.GetProperty("median").GetDouble() <= all.GetProperty("max").GetDouble());
        Assert.Equal(Math.Min(200, total), json.GetProperty("sampled").GetInt32());
        Assert.Equal(total > 150 ? 2 : 1, runner.Counter.Count);
    }

    [Fact]
    public async Task Summarize_SampleZero_ReadsOnePageForCountsOnly()
    {
        using var runner = new ToolRunner();

        var json = ToolRunner.Structured(await runner.CallAsync("summarize_market", """{"location":"74","sample_size":0}"""));

        Assert.Equal(0, json.GetProperty("sampled").GetInt32());
        Assert.False(json.TryGetProperty("salaries", out _));
        Assert.Equal(1, runner.Counter.Count);
    }

    [Fact]
    public async Task Summarize_CodesOfSearchOnly_AreRejected()
    {
        using var runner = new ToolRunner();

        var result = await runner.CallAsync("summarize_market", """{"commune":["74010"]}""");

        Assert.True(result.IsError);
        Assert.Contains("Unknown argument 'commune'", result.Text, StringComparison.Ordinal);
    }
}
