using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Tests.Search;

public class SearchEngineOrderingTests
{
    private static readonly SearchEngine Engine = SearchAssert.Engine;

    [Fact]
    public void Search_SortByDate_NewestFirst()
    {
        var query = new SandboxSearchQuery { Departement = ["75", "69", "13"], Sort = 1 };
        var page = Engine.Search(query, 0, 3149).Page;
        var expected = TestCorpus.Offers.Select((o, i) => (o, i))
            .Where(p => p.o.Str("lieuTravail", "libelle")!.Split(" - ")[0] is "75" or "69" or "13")
            .OrderByDescending(p => p.o.Created()).ThenByDescending(p => p.i)
            .Select(p => p.i);

        Assert.True(page.Count > 10);
        Assert.Equal(expected, page);
    }

    [Fact]
    public void Search_SortByRelevance_ScoreThenDate()
    {
        const string Keyword = "agent";
        var page = Engine.Search(new SandboxSearchQuery { MotsCles = [Keyword], Sort = 0 }, 0, 3149).Page;
        var expected = TestCorpus.Offers.Select((o, i) => (o, i, s: KeywordOracle.Score(o, Keyword)))
            .Where(p => p.s > 0)
            .OrderByDescending(p => p.s).ThenByDescending(p => p.o.Created()).ThenByDescending(p => p.i)
            .Select(p => p.i);

        Assert.True(page.Count > 10);
        Assert.Equal(expected, page);
        Assert.NotEqual(page.OrderByDescending(i => i), page);   // relevance really differs from date order
    }

    [Fact]
    public void Search_SortByRelevanceWithoutKeywords_IsDateOrder()
    {
        var query = new SandboxSearchQuery { TypeContrat = ["CDD"] };
        Assert.Equal(
            Engine.Search(query with { Sort = 1 }, 0, 3149).Page,
            Engine.Search(query with { Sort = 0 }, 0, 3149).Page);
    }

    [Fact]
    public void Search_SortByDistance_NearestFirstThenNewest()
    {
        var communes = Sandbox.Data.SandboxData.Instance.Communes;
        var lyon = communes.IndexOf("69123");
        var page = Engine.Search(new SandboxSearchQuery { Commune = ["69123"], Distance = 80, Sort = 2 }, 0, 3149).Page;
        double Distance(int i)
        {
            var lieu = TestCorpus.Offers[i].GetProperty("lieuTravail");
            return Sandbox.Search.GeoDistance.Kilometres(communes.Latitude[lyon], communes.Longitude[lyon], lieu.GetProperty("latitude").GetDouble(), lieu.GetProperty("longitude").GetDouble());
        }

        var expected = page.OrderBy(Distance).ThenByDescending(i => i);

        Assert.True(page.Count > 10);
        Assert.Equal(expected, page);
        Assert.NotEqual(page.OrderByDescending(i => i), page);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Search_PageSlices_AreWindowsOfTheFullOrder(int sort)
    {
        var query = new SandboxSearchQuery { Commune = ["75056"], Distance = 60, MotsCles = sort == 0 ? ["agent"] : [], Sort = sort };
        var all = Engine.Search(query, 0, 3149);
        var window = Engine.Search(query, 5, 14);

        Assert.True(all.Total > 20);
        Assert.Equal(all.Total, window.Total);
        Assert.Equal(all.Page.Skip(5).Take(10), window.Page);
    }

    [Fact]
    public void Search_PageBeyondTotal_IsTruncatedOrEmpty()
    {
        var query = new SandboxSearchQuery { Departement = ["74"] };
        var total = Engine.Search(query, 0, 0).Total;

        Assert.Equal(total - (total - 3), Engine.Search(query, total - 3, total + 100).Page.Count);
        Assert.Empty(Engine.Search(query, total, total + 10).Page);
    }

    [Fact]
    public void Search_LargePage_WithLargeCorpus_UsesTheWholeMatchedSet()
    {
        var result = Engine.Search(new SandboxSearchQuery { Sort = 1 }, 3000, 3149);

        Assert.Equal(TestCorpus.Corpus.Count, result.Total);
        Assert.Equal(Enumerable.Range(0, 150).Select(k => TestCorpus.Corpus.Count - 1 - 3000 - k), result.Page);
    }
}
