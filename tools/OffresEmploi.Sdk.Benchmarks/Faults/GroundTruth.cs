using System.Collections.Concurrent;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sdk.Benchmarks.Faults;

/// <summary>
/// The ids the sandbox holds for the matrix's query (no criteria: the whole corpus), read from the corpus itself
/// rather than from a harvest, so the check does not rest on the code under test.
/// </summary>
internal static class GroundTruth
{
    /// <summary>The corpus' "today": fixed, so every run sees the same offers.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The seed of the corpus.</summary>
    public const int Seed = 42;

    private static readonly ConcurrentDictionary<int, Lazy<IReadOnlySet<string>>> Cache = new();

    /// <summary>Returns the ids of a corpus of <paramref name="size"/> offers.</summary>
    public static IReadOnlySet<string> Ids(int size) =>
        Cache.GetOrAdd(size, static s => new Lazy<IReadOnlySet<string>>(() => Build(s))).Value;

    private static HashSet<string> Build(int size)
    {
        var corpus = OffreCorpus.Build(new CorpusOptions { Seed = Seed, Size = size, Now = Now });
        return Enumerable.Range(0, corpus.Count).Select(corpus.GetId).ToHashSet(StringComparer.Ordinal);
    }
}
