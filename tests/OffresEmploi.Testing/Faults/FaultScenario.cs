using OffresEmploi.Sdk;
using OffresEmploi.Sandbox.Faults;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Testing.Faults;

/// <summary>One row of the fault matrix: what the sandbox injects and how the client is configured to cope.</summary>
/// <param name="Name">The short name printed in the table and used by <c>--only</c> and the tests.</param>
/// <param name="Faults">The sandbox's fault profile.</param>
internal sealed record FaultScenario(string Name, FaultProfile Faults)
{
    /// <summary>Gets the client's retry budget per request.</summary>
    public int MaxRetryAttempts { get; init; } = 5;

    /// <summary>Gets the first backoff delay (milliseconds in the short matrix, so CI stays fast).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Gets the longest wait between attempts; a 429 asking for more is not waited on.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets the timeout of one attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the timeout of one call, retries included.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets the client-side pacing; 0 turns it off.</summary>
    public double RequestsPerSecond { get; init; }

    /// <summary>Gets the pages of one window requested at the same time.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Gets, for each interruption, after how many pages of that run the caller cancels; the run is then
    /// resumed from the last checkpoint stored. Empty: one uninterrupted run.</summary>
    public IReadOnlyList<int> CancelAfterPages { get; init; } = [];

    /// <summary>Gets how long the harvest may go without an answered request (<see cref="HarvestOptions.StallTimeout"/>).</summary>
    public TimeSpan StallTimeout { get; init; } = HarvestOptions.DefaultStallTimeout;

    /// <summary>
    /// Gets whether the client runs with the SDK's default <see cref="OffresEmploiOptions"/> and <see cref="HarvestOptions"/>
    /// (only the credentials and the sandbox's addresses are set), as users run it; the tuning properties above are then ignored.
    /// </summary>
    public bool DefaultOptions { get; init; }

    /// <summary>Gets how many times faster than real time the run's clock goes (the client's and the sandbox's alike);
    /// 1 runs on real time. See <see cref="CompressedClock"/>.</summary>
    public double ClockFactor { get; init; } = 1;

    /// <summary>Gets the sandbox's own rate limit, in requests per second (0: none), as production's gateway enforces one.</summary>
    public double SandboxRate { get; init; }

    /// <summary>Gets the retry budget per request the client actually runs with.</summary>
    public int ClientMaxRetryAttempts => DefaultOptions ? new OffresEmploiOptions().MaxRetryAttempts : MaxRetryAttempts;

    /// <summary>Gets whether the faults exceed the retry budget on purpose: the run must stop with a typed error.</summary>
    public bool ExpectsError => ExpectedStop is not null;

    /// <summary>Gets why the run must stop, when the faults exceed what the client may absorb; null when it must complete.</summary>
    public HarvestStopReason? ExpectedStop { get; init; }

    /// <summary>Gets whether, after the expected error, the run is resumed from its checkpoint against a healthy
    /// sandbox, to show that the error left no gap behind.</summary>
    public bool ResumeHealthyAfterError { get; init; }
}
