using System.Collections.Concurrent;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Testing.Faults;

/// <summary>
/// The ids the sandbox holds for the matrix's query (no criteria: the whole corpus), read from the corpus itself
/// rather than from a harvest, so the check does not rest on the code under test. The corpus is the one
/// <see cref="SandboxSetup.NewSandboxOptions"/> describes.
/// </summary>
internal static class GroundTruth
{
    private static readonly ConcurrentDictionary<int, Lazy<IReadOnlySet<string>>> Cache = new();

    /// <summary>Returns the ids of a corpus of <paramref name="size"/> offers.</summary>
    public static IReadOnlySet<string> Ids(int size) =>
        Cache.GetOrAdd(size, static s => new Lazy<IReadOnlySet<string>>(() => Build(s))).Value;

    private static HashSet<string> Build(int size)
    {
        var corpus = OffreCorpus.Build(new CorpusOptions { Seed = SandboxSetup.Seed, Size = size, Now = SandboxSetup.Now });
        return Enumerable.Range(0, corpus.Count).Select(corpus.GetId).ToHashSet(StringComparer.Ordinal);
    }
}
