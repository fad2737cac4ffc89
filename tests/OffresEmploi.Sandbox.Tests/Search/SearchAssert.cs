using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Tests.Search;

/// <summary>Runs a query on the shared corpus and compares it with ids selected independently from the JSON.</summary>
public static class SearchAssert
{
    public static SearchEngine Engine { get; } = new(TestCorpus.Corpus, new FakeTimeProvider(TestCorpus.Now));

    /// <summary>Asserts that the query matches exactly the offers <paramref name="expected"/> keeps, that the
    /// set is neither empty nor the whole corpus (so the filter is really exercised), and returns the result.</summary>
    public static SearchResult Matches(SandboxSearchQuery query, Func<JsonElement, bool> expected, bool allowEmpty = false)
    {
        var wanted = TestCorpus.Offers.Where(expected).Select(o => o.Str("id")!).Order(StringComparer.Ordinal).ToArray();
        if (!allowEmpty)
        {
            Assert.NotEmpty(wanted);
        }

        Assert.True(wanted.Length < TestCorpus.Corpus.Count, "the filter should exclude some offers");
        var result = Engine.Search(query, 0, TestCorpus.Corpus.Count - 1);
        Assert.Equal(wanted.Length, result.Total);
        var actual = result.Page.Select(TestCorpus.Corpus.GetId).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(wanted, actual);
        return result;
    }
}
