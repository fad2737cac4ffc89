using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// Shares one built corpus between sandbox instances with the same (seed, size, today): test
/// suites create many handlers, and building 20,000 offers each time would dominate their run.
/// Entries are weak, so a corpus nobody uses any more can be collected.
/// </summary>
internal static class CorpusCache
{
    private static readonly Dictionary<CorpusOptions, WeakReference<OffreCorpus>> s_entries = [];
    private static readonly Lock s_lock = new();

    public static OffreCorpus Get(CorpusOptions options)
    {
        lock (s_lock)
        {
            if (s_entries.TryGetValue(options, out var weak) && weak.TryGetTarget(out var cached))
            {
                return cached;
            }

            // Built under the lock on purpose: two handlers asking for the same corpus at once
            // should wait for one build, not run two.
            var corpus = OffreCorpus.Build(options);
            foreach (var dead in s_entries.Where(e => !e.Value.TryGetTarget(out _)).Select(e => e.Key).ToList())
            {
                s_entries.Remove(dead);
            }

            s_entries[options] = new WeakReference<OffreCorpus>(corpus);
            return corpus;
        }
    }
}
