using System.Diagnostics;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks;

/// <summary>
/// Issue #4, target 2: against a sandbox that enforces N requests per second per client id, a client paced at N
/// (and following the <c>x-ratelimit-*</c> headers) sustains at least 90 % of N with several concurrent callers and
/// never gets a 429.
/// </summary>
internal static class RateBenchmark
{
    private static readonly string[] Departements = ["69", "33", "59", "13", "74", "44", "31", "75", "67", "35"];
    private static readonly string[] Keywords = ["vendeur", "cuisinier", "comptable", "chauffeur", "serveur"];

    public static async Task<bool> RunAsync(Arguments arguments)
    {
        var rate = arguments.Double("rate", 10);
        var clientRate = arguments.Double("client-rate", rate);
        var seconds = arguments.Int("seconds", 60);
        var callers = arguments.Int("callers", 4);
        var warmup = Math.Min(arguments.Int("warmup", 5), seconds / 2);
        Console.WriteLine($"# rate: sandbox limit {rate}/s (burst {Math.Ceiling(rate)}), client RequestsPerSecond {clientRate} with header adaptation, "
            + $"{callers} callers, {seconds} s (the first {warmup} s are left out of the sustained rate)");

        using var setup = SandboxSetup.Create(
            corpusSize: 20_000,
            configureSandbox: sandbox =>
            {
                sandbox.RateLimit = rate;
                sandbox.Burst = (int)Math.Ceiling(rate);
            },
            configureClient: client =>
            {
                client.RequestsPerSecond = clientRate;
                client.AdaptToRateLimitHeaders = true;
            });

        // Token, corpus build and JIT first; the buckets of both sides refill during the pause.
        _ = await setup.Client.SearchAsync(new OffresSearchRequest { Range = "0-0" });
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var counter = setup.Counter;
        var clock = Stopwatch.StartNew();
        var start = (Searches: counter.SearchesOk, TooMany: counter.TooManyRequests);
        var failures = new long[1];
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, callers).Select(caller => CallAsync(setup.Client, caller, failures, stop.Token)).ToArray();

        // One sample per second on the stopwatch (not after each delay, which would drift).
        var perSecond = new List<long>();
        var steadyFrom = (Searches: 0L, Time: TimeSpan.Zero);
        var previous = counter.SearchesOk;
        for (var second = 1; second <= seconds; second++)
        {
            var due = TimeSpan.FromSeconds(second) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var now = counter.SearchesOk;
            perSecond.Add(now - previous);
            previous = now;
            if (second == warmup)
            {
                steadyFrom = (now, clock.Elapsed);
            }
        }

        var steadyTo = (Searches: counter.SearchesOk, Time: clock.Elapsed);
        var all = counter.SearchesOk - start.Searches;
        var tooMany = counter.TooManyRequests - start.TooMany;
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var overall = all / steadyTo.Time.TotalSeconds;
        var steady = (steadyTo.Searches - steadyFrom.Searches) / (steadyTo.Time - steadyFrom.Time).TotalSeconds;
        Console.WriteLine($"  answered per second: {string.Join(' ', perSecond)}");
        Console.WriteLine($"  {all} searches answered in {steadyTo.Time.TotalSeconds:F1} s ({overall:F2}/s overall, initial burst included); "
            + $"{tooMany} × 429 and {counter.OtherErrors} other errors at the transport; {failures[0]} calls failed at the callers");

        var met = steady >= 0.9 * rate && tooMany == 0 && failures[0] == 0;
        return Verdict.Print(
            "rate",
            met,
            $"sustained {steady:F2}/s = {steady / rate:P1} of {rate}/s (target ≥ 90 %), {tooMany} × 429 (target 0), {callers} callers, {seconds} s");
    }

    private static async Task CallAsync(OffresEmploiClient client, int caller, long[] failures, CancellationToken cancellationToken)
    {
        for (var k = caller; !cancellationToken.IsCancellationRequested; k += 7)
        {
            var request = new OffresSearchRequest
            {
                Departement = [Departements[k % Departements.Length]],
                MotsCles = k % 3 == 0 ? [Keywords[k % Keywords.Length]] : null,
                Range = "0-149",
            };
            try
            {
                _ = await client.SearchAsync(request, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (OffresEmploiException ex)
            {
                Interlocked.Increment(ref failures[0]);
                Console.WriteLine($"  caller {caller}: {ex.GetType().Name} {ex.Status}: {ex.Message}");
            }
        }
    }
}
