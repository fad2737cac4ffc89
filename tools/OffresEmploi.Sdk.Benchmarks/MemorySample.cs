using System.Diagnostics;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks;

/// <summary>The managed heap and the process' working set at one point of a stream.</summary>
internal sealed record MemorySample(long Offers, long HeapBeforeGc, long HeapAfterGc, long GcHeapSize, long GcCommitted, long WorkingSet)
{
    /// <summary>Reads the heap, forces a full compacting collection, then reads everything again.</summary>
    public static MemorySample Take(long offers)
    {
        var before = GC.GetTotalMemory(forceFullCollection: false);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        using var process = Process.GetCurrentProcess();
        return new MemorySample(offers, before, after, info.HeapSizeBytes, info.TotalCommittedBytes, process.WorkingSet64);
    }

    public string ToRow() =>
        $"| {Offers:N0} | {Mb(HeapBeforeGc)} | {Mb(HeapAfterGc)} | {Mb(GcHeapSize)} | {Mb(GcCommitted)} | {Mb(WorkingSet)} |";

    public static string Mb(long bytes) => $"{bytes / 1048576.0:F1} MB";
}
