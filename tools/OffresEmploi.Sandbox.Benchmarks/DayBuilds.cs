using System.Diagnostics;
using System.Globalization;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Benchmarks;

/// <summary>
/// <c>days [size] [day...]</c>: what building a later day of the market (<see cref="CorpusOptions.Day"/>) costs next to
/// day 0, which it builds first. Each build is timed 9 times after a warm-up; the medians of the wall-clock time and of
/// the process CPU time are printed (the CPU time is the work done, much less sensitive to other processes).
/// </summary>
internal static class DayBuilds
{
    private const int Runs = 9;

    public static void Run(string[] args)
    {
        var size = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        int[] days = args.Length > 1 ? [.. args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1, 3, 30, 365];
        var options = new CorpusOptions { Size = size, Now = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero) };
        _ = OffreCorpus.Build(options with { Size = 1_000, Day = 3 });   // loads the reference data, JIT

        Console.WriteLine($"# Market days: {size:N0} offers on day 0, median of {Runs} builds, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| Day | Build, wall (median) | Build, CPU (median) | Offers online | Added since day 0 | Vanished | Updated |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var day0 = Time(options, out var day0Wall, out var day0Cpu);
        Console.WriteLine($"| 0 | {day0Wall:F0} ms | {day0Cpu:F0} ms | {day0.Count:N0} | | | |");
        foreach (var day in days)
        {
            var corpus = Time(options with { Day = day }, out var wall, out var cpu);
            var changes = MarketChanges.Between(day0, corpus);
            Console.WriteLine($"| {day} | {wall:F0} ms | {cpu:F0} ms ({cpu / day0Cpu:F2} × day 0) | {corpus.Count:N0} | {changes.Added.Count:N0} | {changes.Vanished.Count:N0} | {changes.Updated.Count:N0} |");
        }
    }

    private static OffreCorpus Time(CorpusOptions options, out double wallMs, out double cpuMs)
    {
        var process = Process.GetCurrentProcess();
        var corpus = OffreCorpus.Build(options);
        var walls = new double[Runs];
        var cpus = new double[Runs];
        for (var r = 0; r < Runs; r++)
        {
            GC.Collect();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var t = Stopwatch.GetTimestamp();
            corpus = OffreCorpus.Build(options);
            walls[r] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            process.Refresh();
            cpus[r] = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        }

        Array.Sort(walls);
        Array.Sort(cpus);
        wallMs = walls[Runs / 2];
        cpuMs = cpus[Runs / 2];
        return corpus;
    }
}
