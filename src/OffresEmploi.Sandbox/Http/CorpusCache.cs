using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// Shares one built corpus between sandbox instances with the same (seed, size, today, day): test
/// suites create many handlers, and building 20,000 offers each time would dominate their run.
/// Entries are weak, so a corpus nobody uses any more can be collected.
/// </summary>
internal static class CorpusCache
{
    private static readonly WeakCache<CorpusOptions, OffreCorpus> s_cache = new(OffreCorpus.Build);

    public static OffreCorpus Get(CorpusOptions options) => s_cache.Get(options);
}
