using OffresEmploi.Sandbox.Faults;

namespace OffresEmploi.Sdk.Benchmarks.Faults;

/// <summary>
/// The fault matrix of issue #7: one scenario per kind of fault, plus scenarios whose faults exceed the retry budget.
/// The same list is run by the <c>faults</c> subcommand and by the reliability tests.
/// </summary>
/// <remarks>
/// The short matrix keeps delays small (backoff 2 ms, attempt timeout 300 ms against 1 s spikes, Retry-After 1 s,
/// the smallest the sandbox sends) so it runs in CI; the long one uses 100,000 offers and delays closer to
/// production's (backoff 500 ms, 20-300 ms latency with 10 s spikes against a 2 s attempt timeout, pacing at 10
/// requests per second where 429s are injected).
/// </remarks>
internal static class FaultMatrix
{
    /// <summary>The corpus of the short matrix: every offer matches the empty query, past the 3,150 cap.</summary>
    public const int ShortCorpus = 20_000;

    /// <summary>The corpus of the long matrix.</summary>
    public const int LongCorpus = 100_000;

    /// <summary>Gets the environment variable that switches the tests to the long matrix.</summary>
    public const string LongVariable = "OFFRES_RELIABILITY_LONG";

    /// <summary>Gets whether <see cref="LongVariable"/> asks for the long matrix.</summary>
    public static bool LongRequested => Environment.GetEnvironmentVariable(LongVariable) is "1" or "true";

    /// <summary>Returns the scenarios.</summary>
    /// <param name="isLong">Whether to return the long (realistic delays) variant.</param>
    public static IReadOnlyList<FaultScenario> Scenarios(bool isLong)
    {
        var backoff = isLong ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromMilliseconds(2);
        var maxDelay = isLong ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(2);
        FaultScenario Row(string name, string profile) => new(name, FaultProfile.Parse(profile))
        {
            RetryBaseDelay = backoff,
            MaxRetryDelay = maxDelay,
        };

        return
        [
            Row("none", "none"),
            Row("5xx", "5xx=0.1,seed=7"),
            Row("429", isLong ? "429=every:60,429-length=3,retry-after=1s" : "429=every:50,429-length=3,retry-after=1s") with
            {
                RequestsPerSecond = isLong ? 10 : 100,
            },
            Row("latency", isLong ? "latency=20ms-300ms,spike=0.05,spike-latency=10s,seed=5" : "spike=0.1,spike-latency=1s,seed=5") with
            {
                AttemptTimeout = isLong ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(300),
            },
            Row("truncated", "truncate=0.1,seed=11"),
            Row("malformed", "malformed=0.1,seed=13"),
            Row("revoked", "revoke=every:25"),
            Row("cancel+resume", "none") with { CancelAfterPages = isLong ? [150, 220] : [30, 45] },

            // Faults beyond what the client is allowed to absorb: a typed error, never a silent gap.
            Row("5xx>budget", "5xx=0.2,seed=3") with { MaxRetryAttempts = 1, ExpectsError = true, ResumeHealthyAfterError = true },
            Row("429>max-delay", "429=every:20,retry-after=10s") with { ExpectsError = true },
            Row("latency>budget", "latency=400ms") with
            {
                AttemptTimeout = TimeSpan.FromMilliseconds(100),
                MaxRetryAttempts = 2,
                ExpectsError = true,
            },
            Row("malformed-always", "malformed=every:1") with { MaxRetryAttempts = 2, ExpectsError = true },
            Row("revoked-always", "revoke=every:1") with { ExpectsError = true },
        ];
    }

    /// <summary>Returns the scenario named <paramref name="name"/>.</summary>
    public static FaultScenario Get(string name, bool isLong) =>
        Scenarios(isLong).Single(s => s.Name == name);
}
