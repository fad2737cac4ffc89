using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Tests.Search;

public class SearchEngineTests
{
    [Fact]
    public void Search_ConcurrentCalls_GiveTheSameResultsAsSequentialOnes()
    {
        var queries = new[]
        {
            new SandboxSearchQuery { MotsCles = ["agent"], Sort = 0 },
            new SandboxSearchQuery { Commune = ["69123"], Distance = 30, Sort = 2 },
            new SandboxSearchQuery { Departement = ["59"], TypeContrat = ["CDI"] },
            new SandboxSearchQuery { PublieeDepuis = 3 },
        };
        var expected = queries.Select(q => SearchAssert.Engine.Search(q, 0, 149).Page.ToArray()).ToArray();
        var actual = new int[queries.Length * 25][];
        var options = new ParallelOptions { CancellationToken = TestContext.Current.CancellationToken };

        Parallel.For(0, actual.Length, options, k => actual[k] = SearchAssert.Engine.Search(queries[k % queries.Length], 0, 149).Page.ToArray());

        Assert.All(Enumerable.Range(0, actual.Length), k => Assert.Equal(expected[k % queries.Length], actual[k]));
    }

    [Fact]
    public void Search_PublieeDepuis_FollowsTheClock()
    {
        var clock = new FakeTimeProvider(TestCorpus.Now);
        var engine = new SearchEngine(TestCorpus.Corpus, clock);
        var query = new SandboxSearchQuery { PublieeDepuis = 1 };
        var today = engine.Search(query, 0, 0).Total;

        clock.Advance(TimeSpan.FromDays(2));

        Assert.True(today > 0);
        Assert.Equal(0, engine.Search(query, 0, 0).Total);
    }

    [Fact]
    public void Search_EmptyCorpus_FindsNothing()
    {
        var engine = new SearchEngine(OffreCorpus.Build(new CorpusOptions { Size = 0 }), TimeProvider.System);

        var result = engine.Search(new SandboxSearchQuery(), 0, 149);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Page);
    }

    [Fact]
    public void Search_InvalidPage_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchAssert.Engine.Search(new SandboxSearchQuery(), -1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchAssert.Engine.Search(new SandboxSearchQuery(), 10, 9));
    }

    [Fact]
    public void CorpusOptions_Defaults_AreTheDocumentedOnes()
    {
        var options = new CorpusOptions();

        Assert.Equal(42, options.Seed);
        Assert.Equal(20_000, options.Size);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero), options.Now);
    }
}
