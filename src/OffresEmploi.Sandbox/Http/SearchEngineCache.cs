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
    private static readonly Dictionary<(CorpusOptions Corpus, TimeProvider Time), WeakReference<SearchEngine>> s_entries = [];
    private static readonly Lock s_lock = new();

    public static SearchEngine Get(CorpusOptions options, TimeProvider timeProvider)
    {
        var key = (options, timeProvider);
        lock (s_lock)
        {
            if (s_entries.TryGetValue(key, out var weak) && weak.TryGetTarget(out var cached))
            {
                return cached;
            }

            // Built under the lock on purpose: concurrent first calls wait for one build instead of running several.
            var engine = new SearchEngine(CorpusCache.Get(options), timeProvider);
            foreach (var dead in s_entries.Where(e => !e.Value.TryGetTarget(out _)).Select(e => e.Key).ToList())
            {
                s_entries.Remove(dead);
            }

            s_entries[key] = new WeakReference<SearchEngine>(engine);
            return engine;
        }
    }
}
