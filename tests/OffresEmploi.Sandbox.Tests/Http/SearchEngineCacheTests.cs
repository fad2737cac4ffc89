using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.Tests.Http;

public class SearchEngineCacheTests
{
    private static readonly CorpusOptions s_options = new() { Seed = 5, Size = 50, Now = SandboxTestClient.FixedNow };

    [Fact]
    public void Get_SameCorpusAndClock_ReturnsTheSameEngine()
    {
        var first = SearchEngineCache.Get(s_options, TimeProvider.System);
        var second = SearchEngineCache.Get(s_options with { }, TimeProvider.System);

        Assert.Same(first, second);
    }

    [Fact]
    public void Get_OtherClock_BuildsAnotherEngineOnTheSameCorpus()
    {
        var system = SearchEngineCache.Get(s_options, TimeProvider.System);
        var fake = SearchEngineCache.Get(s_options, new FakeTimeProvider());

        Assert.NotSame(system, fake);
        Assert.Same(system.Corpus, fake.Corpus);
    }

    [Fact]
    public void Get_OtherSeed_BuildsAnotherCorpus()
    {
        var a = SearchEngineCache.Get(s_options, TimeProvider.System);
        var b = SearchEngineCache.Get(s_options with { Seed = 6 }, TimeProvider.System);

        Assert.NotSame(a.Corpus, b.Corpus);
    }
}
