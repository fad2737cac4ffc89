using System.Diagnostics;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks;

/// <summary>
/// Issue #4, target 4: streaming 200,000 offers through <c>SearchAllAsync</c> keeps memory flat: the heap left after
/// a full collection does not grow with the number of offers already yielded.
/// </summary>
/// <remarks>
/// The sandbox runs in the same process, so its corpus and indexes are part of every sample; they are built before
/// the first one. The consumer only counts the offers, so anything that stays alive is held by the SDK or the sandbox.
/// </remarks>
internal static class StreamBenchmark
{
    public static async Task<bool> RunAsync(Arguments arguments)
    {
        var corpus = arguments.Int("corpus", 200_000);
        var every = arguments.Int("every", 20_000);
        var margin = arguments.Double("margin", 0.10);
        Console.WriteLine($"# stream: corpus {corpus:N0}, no criteria, pacing off, a sample every {every:N0} offers, margin {margin:P0}");

        using var setup = SandboxSetup.Create(corpus);
        _ = await setup.Client.SearchAsync(new OffresSearchRequest { Range = "0-0" });
        var baseline = MemorySample.Take(0);
        var samples = new List<MemorySample> { baseline };

        long offers = 0;
        var stopwatch = Stopwatch.StartNew();
        var all = setup.Client.SearchAllAsync(new OffresSearchRequest(), new HarvestOptions());
        await foreach (var offre in all)
        {
            offers++;
            if (offers % every == 0)
            {
                samples.Add(MemorySample.Take(offers));
            }
        }

        stopwatch.Stop();
        if (offers % every != 0)
        {
            samples.Add(MemorySample.Take(offers));
        }

        Console.WriteLine();
        Console.WriteLine("| Offers | Heap before GC | Heap after forced GC | GC heap size | GC committed | Working set |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var sample in samples)
        {
            Console.WriteLine(sample.ToRow());
        }

        Console.WriteLine();
        Console.WriteLine($"  {all.Reconciliation}");
        Console.WriteLine($"  {offers:N0} offers in {stopwatch.Elapsed.TotalSeconds:F1} s ({offers / stopwatch.Elapsed.TotalSeconds:N0}/s), "
            + $"{setup.Counter.Searches} search requests; collections gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");

        if (samples.Count < 3)
        {
            return Verdict.Print("stream", false, $"too few samples ({offers:N0} offers, one every {every:N0})");
        }

        var first = samples[1];
        var last = samples[^1];
        var peak = samples.Skip(1).Max(s => s.HeapAfterGc);
        var growth = last.HeapAfterGc - first.HeapAfterGc;
        var perThousand = growth / ((last.Offers - first.Offers) / 1000.0);
        var met = offers == corpus
            && all.Reconciliation is { IsExact: true }
            && last.HeapAfterGc <= first.HeapAfterGc * (1 + margin)
            && peak <= first.HeapAfterGc * (1 + margin);
        return Verdict.Print(
            "stream",
            met,
            $"{offers:N0} offers; heap after GC {MemorySample.Mb(first.HeapAfterGc)} at {first.Offers:N0} → {MemorySample.Mb(last.HeapAfterGc)} at {last.Offers:N0} "
            + $"({growth / 1024.0:+#,0;-#,0;0} KiB, {perThousand:F0} B per 1,000 offers), peak {MemorySample.Mb(peak)} (target ≤ +{margin:P0}); "
            + $"baseline before the stream {MemorySample.Mb(baseline.HeapAfterGc)}");
    }
}
