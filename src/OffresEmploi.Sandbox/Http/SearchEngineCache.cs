using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// Shares one search engine (and its indexes, a few hundred milliseconds to build) between sandbox
/// instances with the same corpus and the same clock, e.g. the many handlers of a test suite on
/// <see cref="TimeProvider.System"/>. The clock is part of the key because the engine reads it
/// for <c>publieeDepuis</c>. Entries are weak, so an engine nobody uses can be collected.
/// </summary>
internal static class SearchEngineCache
{
    private static readonly WeakCache<(CorpusOptions Corpus, TimeProvider Time), SearchEngine> s_cache =
        new(key => new SearchEngine(CorpusCache.Get(key.Corpus), key.Time));

    public static SearchEngine Get(CorpusOptions options, TimeProvider timeProvider) => s_cache.Get((options, timeProvider));
}
