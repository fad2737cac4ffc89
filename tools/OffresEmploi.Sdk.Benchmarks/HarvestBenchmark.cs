using System.Diagnostics;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks;

/// <summary>
/// Issue #4, target 1: <c>SearchAllAsync</c> returns every offer of a set far past the range cap, each once, with at
/// most 1.10 × ceil(total / 150) search requests, under the current cap (3,150) and the legacy one (1,150).
/// </summary>
internal static class HarvestBenchmark
{
    public static async Task<bool> RunAsync(Arguments arguments)
    {
        var corpus = arguments.Int("corpus", 50_000);
        var typeContrat = arguments.String("typeContrat");
        var concurrency = arguments.Int("concurrency", new HarvestOptions().MaxConcurrency);
        var profile = arguments.String("profile") ?? "both";
        var request = typeContrat is null ? new OffresSearchRequest() : new OffresSearchRequest { TypeContrat = [new TypeContrat(typeContrat)] };
        var query = typeContrat is null ? "no criteria" : $"typeContrat={typeContrat}";
        Console.WriteLine($"# harvest: corpus {corpus:N0}, {query}, MaxConcurrency {concurrency}, pacing off");

        var met = true;
        if (profile is "both" or "current")
        {
            met &= await RunOneAsync("harvest", corpus, legacy: false, request, concurrency);
        }

        if (profile is "both" or "legacy")
        {
            met &= await RunOneAsync("harvest-legacy", corpus, legacy: true, request, concurrency);
        }

        return met;
    }

    private static async Task<bool> RunOneAsync(string target, int corpus, bool legacy, OffresSearchRequest request, int concurrency)
    {
        using var setup = SandboxSetup.Create(corpus, legacy);

        // Token, corpus build and JIT out of the measurement; this request is not counted below.
        _ = await setup.Client.SearchAsync(request with { Range = "0-0" });
        var requestsBefore = setup.Counter.Searches;

        var ids = new HashSet<string>(StringComparer.Ordinal);
        long yielded = 0;
        var stopwatch = Stopwatch.StartNew();
        var all = setup.Client.SearchAllAsync(request, new HarvestOptions { MaxConcurrency = concurrency });
        await foreach (var offre in all)
        {
            yielded++;
            _ = ids.Add(offre.Id ?? throw new InvalidOperationException("An offer without an id."));
        }

        stopwatch.Stop();
        var requests = setup.Counter.Searches - requestsBefore;
        var reconciliation = all.Reconciliation ?? throw new InvalidOperationException("No reconciliation after a full enumeration.");
        var total = reconciliation.ExpectedTotal;
        var ideal = (long)Math.Ceiling(total / 150.0);
        var budget = (long)Math.Floor(1.10 * ideal);
        var cap = legacy ? "legacy cap 1,150" : "current cap 3,150";

        Console.WriteLine($"  {cap}: {reconciliation}");
        Console.WriteLine($"  {cap}: transport saw {requests} search requests ({setup.Counter.TooManyRequests} × 429, {setup.Counter.OtherErrors} other errors), "
            + $"ideal {ideal}, budget {budget} (1.10 ×), {stopwatch.Elapsed.TotalSeconds:F2} s wall, {yielded / stopwatch.Elapsed.TotalSeconds:N0} offers/s");

        var complete = total == ids.Count && yielded == ids.Count && reconciliation.IsExact && reconciliation.Yielded == ids.Count;
        var agreed = requests == reconciliation.Requests;
        var met = complete && agreed && requests <= budget;
        return Verdict.Print(
            target,
            met,
            $"{ids.Count:N0} distinct of {total:N0} announced ({yielded:N0} yielded); {requests} requests at the transport "
            + $"(reconciliation: {reconciliation.Requests}, {reconciliation.Windows} windows), budget {budget} = {(double)requests / ideal:F3} × ideal; "
            + $"{stopwatch.Elapsed.TotalSeconds:F2} s");
    }
}
