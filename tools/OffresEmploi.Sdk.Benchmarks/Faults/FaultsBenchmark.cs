using OffresEmploi.Testing.Faults;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks.Faults;

/// <summary>
/// Issue #7, part 1: runs the fault matrix and prints one Markdown row per scenario, then a RESULT line that passes
/// when every scenario either harvested every offer exactly once with one retry per retryable fault, or stopped with
/// a typed <see cref="OffresEmploiException"/> where the faults exceed the retry budget.
/// </summary>
internal static class FaultsBenchmark
{
    public static async Task<bool> RunAsync(Arguments arguments)
    {
        var isLong = arguments.String("long") is "true" or "1";
        var defaults = arguments.String("defaults") is "true" or "1";
        var corpus = arguments.Int("corpus", isLong && !defaults ? FaultMatrix.LongCorpus : FaultMatrix.ShortCorpus);
        var only = arguments.String("only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var matrix = defaults ? FaultMatrix.DefaultScenarios(isLong) : FaultMatrix.Scenarios(isLong);
        var scenarios = matrix.Where(s => only is null || only.Contains(s.Name, StringComparer.Ordinal)).ToList();
        var kind = defaults ? $"default-options{(isLong ? " (long)" : "")}" : isLong ? "long" : "short";
        Console.WriteLine($"# faults: {kind} matrix, corpus {corpus:N0} offers, query without criteria, {scenarios.Count} scenarios");

        // A fault-free harvest first, not printed: JIT and corpus build stay out of the first row's wall time.
        _ = await FaultRun.RunAsync(FaultMatrix.Get("none", isLong), corpus).ConfigureAwait(false);
        Console.WriteLine(FaultRunResult.MarkdownHeader());
        var failures = new List<string>();
        foreach (var scenario in scenarios)
        {
            var result = await FaultRun.RunAsync(scenario, corpus).ConfigureAwait(false);
            Console.WriteLine(result.ToMarkdownRow());
            failures.AddRange(FaultChecks.Failures(result).Select(f => $"{scenario.Name}: {f}"));
        }

        foreach (var failure in failures)
        {
            Console.WriteLine("  FAILED " + failure);
        }

        return Verdict.Print(
            "faults",
            failures.Count == 0,
            $"{scenarios.Count} scenarios: no offer lost or duplicated, one retry per retryable fault, a typed error with a checkpoint past the budget");
    }
}
