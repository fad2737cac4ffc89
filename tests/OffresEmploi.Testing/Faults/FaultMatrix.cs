using OffresEmploi.Sandbox.Faults;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Testing.Faults;

/// <summary>
/// The fault matrix of issues #7 and #12: one scenario per kind of fault, plus scenarios whose faults exceed what the
/// client may absorb; once with tuned options, once with the defaults users run. The same lists are run by the
/// <c>faults</c> subcommand and by the reliability tests.
/// </summary>
/// <remarks>
/// <para>
/// The tuned matrix (<see cref="Scenarios"/>) keeps delays small (backoff 2 ms, attempt timeout 300 ms against 1 s
/// spikes, Retry-After 1 s, the smallest the sandbox sends) so it runs in CI on real time; the long one uses 100,000
/// offers and delays closer to production's (backoff 500 ms, 20-300 ms latency with 10 s spikes against a 2 s attempt
/// timeout, pacing at 10 requests per second where 429s are injected).
/// </para>
/// <para>
/// The default matrix (<see cref="DefaultScenarios"/>) changes no option at all: retries, backoffs, timeouts, pacing
/// and the harvest's stall timeout are the SDK's defaults, the sandbox enforces 10 requests per second like
/// production's gateway, and the run's clock goes 50 times faster than real time (<see cref="CompressedClock"/>), so
/// that minutes of default backoff take seconds.
/// </para>
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

            // Faults beyond what the client is allowed to absorb: a typed error, never a silent gap. A stall timeout of
            // zero gives up at the first failure the client's pipeline did not absorb (the defaults are patient: see
            // the default matrix).
            Row("5xx>budget", "5xx=0.2,seed=3") with
            {
                MaxRetryAttempts = 1,
                StallTimeout = TimeSpan.Zero,
                ExpectedStop = HarvestStopReason.Stalled,
                ResumeHealthyAfterError = true,
            },
            Row("429>max-delay", "429=every:20,retry-after=10s") with
            {
                StallTimeout = TimeSpan.FromSeconds(5),
                ExpectedStop = HarvestStopReason.Stalled,
            },
            Row("latency>budget", "latency=400ms") with
            {
                AttemptTimeout = TimeSpan.FromMilliseconds(100),
                MaxRetryAttempts = 2,
                StallTimeout = TimeSpan.Zero,
                ExpectedStop = HarvestStopReason.Stalled,
            },
            Row("malformed-always", "malformed=every:1") with { MaxRetryAttempts = 2, StallTimeout = TimeSpan.Zero, ExpectedStop = HarvestStopReason.Stalled },
            Row("revoked-always", "revoke=every:1") with { StallTimeout = TimeSpan.Zero, ExpectedStop = HarvestStopReason.Stalled },
        ];
    }

    /// <summary>The acceleration of the default matrix's clock.</summary>
    public const double DefaultClockFactor = 50;

    /// <summary>The seeds of the <c>unstable</c> and <c>chaos</c> presets in the default matrix (more in the long variant).</summary>
    public static IReadOnlyList<int> PresetSeeds(bool isLong) => isLong ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : [1, 2, 3];

    /// <summary>Returns the scenarios run with the SDK's default options.</summary>
    /// <param name="isLong">Whether to return the long variant (more preset seeds).</param>
    public static IReadOnlyList<FaultScenario> DefaultScenarios(bool isLong)
    {
        FaultScenario Row(string name, string profile) => new(name, FaultProfile.Parse(profile))
        {
            DefaultOptions = true,
            ClockFactor = DefaultClockFactor,
            SandboxRate = 10,
        };

        var presets = PresetSeeds(isLong).SelectMany(seed => new[]
        {
            Row($"unstable#{seed}", $"unstable,seed={seed}"),
            Row($"chaos#{seed}", $"chaos,seed={seed}"),
        });
        return
        [
            Row("none", "none"),
            Row("5xx", "5xx=0.1,seed=7"),
            Row("429", "429=0.05,429-length=5,seed=9"),
            Row("latency", "spike=0.1,spike-latency=45s,seed=5"),
            Row("truncated", "truncate=0.1,seed=11"),
            Row("malformed", "malformed=0.1,seed=13"),
            Row("revoked", "revoke=0.1,seed=17"),
            Row("cancel+resume", "none") with { CancelAfterPages = [30, 45] },
            .. presets,

            // The API down for 3 minutes mid-run: the harvest pauses and completes. Down for 20 minutes: it gives up
            // after the default 10 minutes without an answer, and resumes from its checkpoint once the API is back.
            Row("outage", "outage-at=60,outage=3min"),
            Row("outage>stall", "outage-at=60,outage=20min") with { ExpectedStop = HarvestStopReason.Stalled, ResumeHealthyAfterError = true },

            // Every token revoked at once: refreshed a bounded number of times, then refused.
            Row("revoked-always", "revoke=every:1") with { ExpectedStop = HarvestStopReason.Failed },
        ];
    }

    /// <summary>Returns the default-options scenario named <paramref name="name"/>.</summary>
    public static FaultScenario GetDefault(string name, bool isLong) =>
        DefaultScenarios(isLong).Single(s => s.Name == name);

    /// <summary>Returns the scenario named <paramref name="name"/>.</summary>
    public static FaultScenario Get(string name, bool isLong) =>
        Scenarios(isLong).Single(s => s.Name == name);
}
