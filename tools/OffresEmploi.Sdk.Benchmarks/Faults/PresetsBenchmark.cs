using System.Diagnostics;
using System.Globalization;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing.Faults;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks.Faults;

/// <summary>
/// Issue #12: a complete retrieval with the SDK's default options against the sandbox server started as users start it
/// (its own process, its documented presets, 10 requests per second), once per fault seed; reports per preset the
/// completion rate, requests and wall time against the quota-ideal, and checks every run yielded every offer once.
/// </summary>
/// <remarks>
/// Real time, real sockets, real pacing: nothing is tuned. The corpus is fixed (seed 42, today 2026-01-15, 20,000
/// offers, all matching the empty query) so the ground truth is <see cref="GroundTruth"/>; each run varies the seed of
/// the faults only. Runs go <c>--parallel</c> at a time, each with its own server (and so its own quota).
/// </remarks>
internal static class PresetsBenchmark
{
    public static async Task<bool> RunAsync(Arguments arguments)
    {
        var presets = (arguments.String("faults") ?? "unstable,chaos").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var seeds = arguments.Int("seeds", 10);
        var corpus = arguments.Int("corpus", FaultMatrix.ShortCorpus);
        var rate = arguments.Double("rate", 10);
        var parallel = arguments.Int("parallel", 2);
        var truth = GroundTruth.Ids(corpus);
        var ideal = Math.Ceiling(corpus / 150.0) / rate;
        Console.WriteLine($"# presets: default options, sandbox server process, corpus {corpus:N0}, rate {rate}/s, seeds 1-{seeds}, {parallel} at a time; quota-ideal {ideal:F1} s");
        Console.WriteLine("| preset | seed | outcome | offers | lost | duplicated | requests (harvest) | page retries | API requests seen by the server | wall | wall / ideal |");
        Console.WriteLine("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|");

        var runs = presets.SelectMany(p => Enumerable.Range(1, seeds).Select(s => (Preset: p, Seed: s))).ToList();
        var results = new List<Run>();
        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(runs.Select(async run =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                var result = await RunOneAsync(run.Preset, run.Seed, corpus, rate, truth).ConfigureAwait(false);
                lock (results)
                {
                    results.Add(result);
                    Console.WriteLine(result.ToMarkdownRow(ideal));
                }
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);

        Console.WriteLine();
        Console.WriteLine("| preset | completed | requests (median, max) | page retries (median, max) | wall (median, max) | wall / ideal (median) |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|");
        foreach (var group in results.GroupBy(r => r.Preset))
        {
            var done = group.Count(r => r.Complete);
            string Stat(Func<Run, double> f, string format) =>
                string.Create(CultureInfo.InvariantCulture, $"{Statistics.Median(group.Select(f)).ToString(format, CultureInfo.InvariantCulture)}, {group.Max(f).ToString(format, CultureInfo.InvariantCulture)}");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {group.Key} | {done} / {group.Count()} | {Stat(r => r.Requests, "F0")} | {Stat(r => r.PageRetries, "F0")} | {Stat(r => r.Wall.TotalSeconds, "F1")} s | {Statistics.Median(group.Select(r => r.Wall.TotalSeconds / ideal)):F1} |"));
        }

        var all = results.All(r => r.Complete);
        return Verdict.Print("presets", all, $"{results.Count(r => r.Complete)}/{results.Count} default-options harvests of {corpus:N0} offers complete, each offer once");
    }

    private static async Task<Run> RunOneAsync(string preset, int seed, int corpus, double rate, IReadOnlySet<string> truth)
    {
        var arguments = new[]
        {
            "--size", corpus.ToString(CultureInfo.InvariantCulture),
            "--seed", SandboxSetup.Seed.ToString(CultureInfo.InvariantCulture),
            "--now", SandboxSetup.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "--rate", rate.ToString(CultureInfo.InvariantCulture),
            "--faults", $"{preset},seed={seed}",
        };
        await using var server = await SandboxProcess.StartAsync(arguments, CancellationToken.None).ConfigureAwait(false);
        var options = SandboxSetup.NewDefaultClientOptions();
        options.BaseAddress = server.BaseAddress;
        options.TokenEndpoint = server.TokenEndpoint;
        using var client = new OffresEmploiClient(options);
        var ids = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        var pageable = client.SearchAllAsync(new OffresSearchRequest(), new HarvestOptions());
        Exception? error = null;
        try
        {
            await foreach (var offre in pageable.ConfigureAwait(false))
            {
                ids.Add(offre.Id!);
            }
        }
#pragma warning disable CA1031 // The outcome under measurement: reported, not thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error = ex;
        }

        stopwatch.Stop();
        var distinct = ids.ToHashSet(StringComparer.Ordinal);
        var account = pageable.Reconciliation ?? (error as OffresEmploiHarvestException)?.Reconciliation;
        return new Run(
            preset,
            seed,
            error,
            ids.Count,
            truth.Count(id => !distinct.Contains(id)),
            ids.Count - distinct.Count,
            account?.Requests ?? 0,
            account?.PageRetries ?? 0,
            ApiRequests(await server.StatisticsAsync(CancellationToken.None).ConfigureAwait(false)),
            stopwatch.Elapsed);
    }

    private static long ApiRequests(string statistics)
    {
        using var document = System.Text.Json.JsonDocument.Parse(statistics);
        return document.RootElement.TryGetProperty("apiRequests", out var value) && value.TryGetInt64(out var count) ? count : -1;
    }

    private sealed record Run(string Preset, int Seed, Exception? Error, int Offers, int Lost, int Duplicated, int Requests, int PageRetries, long ApiRequests, TimeSpan Wall)
    {
        public bool Complete => Error is null && Lost == 0 && Duplicated == 0;

        public string ToMarkdownRow(double ideal)
        {
            var outcome = Complete ? "complete" : Error is OffresEmploiHarvestException h ? $"{h.Reason}: {h.InnerException?.GetType().Name} {h.Status}" : Error?.GetType().Name ?? "INCOMPLETE";
            return string.Create(
                CultureInfo.InvariantCulture,
                $"| {Preset} | {Seed} | {outcome} | {Offers:N0} | {Lost} | {Duplicated} | {Requests} | {PageRetries} | {ApiRequests} | {Wall.TotalSeconds:F1} s | {Wall.TotalSeconds / ideal:F1} |");
        }
    }
}
