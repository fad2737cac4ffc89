using OffresEmploi.Sdk;
using System.Diagnostics;
using OffresEmploi.Sandbox.Faults;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Testing.Faults;

/// <summary>
/// Runs one scenario of the matrix: a complete retrieval of every offer (no criteria) against an in-process sandbox
/// injecting the scenario's faults, with a <see cref="WireCounter"/> between the client and the sandbox.
/// </summary>
internal static class FaultRun
{
    // Sandboxes share their search engine through a weak cache: one kept alive here spares every run a rebuild.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Lazy<Task<Harness>>> WarmSandboxes = new();

    /// <summary>Builds the corpus, its search engine and the ground truth once, outside any measurement.</summary>
    public static Task WarmUpAsync(int corpusSize) =>
        WarmSandboxes.GetOrAdd(corpusSize, static size => new Lazy<Task<Harness>>(() => StartWarmAsync(size))).Value;

    private static async Task<Harness> StartWarmAsync(int corpusSize)
    {
        _ = GroundTruth.Ids(corpusSize);
        var harness = new Harness(FaultMatrix.Scenarios(isLong: false)[0], FaultProfile.None, corpusSize, new IsolatedClock());
        _ = await harness.Client.SearchAsync(new OffresSearchRequest { Range = "0-0" }).ConfigureAwait(false);
        return harness;
    }

    public static async Task<FaultRunResult> RunAsync(FaultScenario scenario, int corpusSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await WarmUpAsync(corpusSize).WaitAsync(cancellationToken).ConfigureAwait(false);
        var truth = GroundTruth.Ids(corpusSize);
        var harvested = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        var clock = NewClock(scenario);
        var started = clock.GetTimestamp();
        using var faulty = new Harness(scenario, scenario.Faults, corpusSize, clock);
        var outcome = await HarvestWithInterruptionsAsync(faulty, scenario, harvested, cancellationToken).ConfigureAwait(false);
        var wire = faulty.Wire.Snapshot();
        var (retries, replays) = (faulty.Events.Retries, faulty.Events.Replays);
        var retriesByReason = faulty.Events.RetriesByReason;
        var pageRetries = faulty.Events.PageRetriesByStatus;
        var throttleWaits = faulty.Events.ThrottleWaits;
        var yieldedBeforeError = harvested.Distinct(StringComparer.Ordinal).Count();
        var resumed = false;
        if (outcome.Error is not null && scenario.ResumeHealthyAfterError)
        {
            // The error must leave a checkpoint behind from which nothing is missing or repeated.
            using var healthy = new Harness(scenario, FaultProfile.None, corpusSize, NewClock(scenario));
            outcome = await HarvestAsync(healthy, outcome.Checkpoint, scenario.MaxConcurrency, cancelAfterPages: 0, harvested, cancellationToken).ConfigureAwait(false) with
            {
                Error = outcome.Error,
            };
            wire = Add(wire, healthy.Wire.Snapshot());
            retries += healthy.Events.Retries;
            replays += healthy.Events.Replays;
            resumed = true;
        }

        stopwatch.Stop();
        var distinct = harvested.ToHashSet(StringComparer.Ordinal);
        return new FaultRunResult
        {
            Scenario = scenario,
            Expected = truth.Count,
            Harvested = harvested,
            Distinct = distinct.Count,
            Lost = truth.Count(id => !distinct.Contains(id)),
            Unknown = distinct.Count(id => !truth.Contains(id)),
            Wire = wire,
            Retries = retries,
            RetriesByReason = retriesByReason,
            PageRetriesByStatus = pageRetries,
            ClockTime = clock.GetElapsedTime(started),
            ThrottleWaits = throttleWaits,
            YieldedBeforeError = outcome.Error is null ? 0 : yieldedBeforeError,
            Replays = replays,
            HarvestRequests = outcome.Requests,
            Interruptions = outcome.Interruptions,
            Wall = stopwatch.Elapsed,
            Error = outcome.Error,
            ResumedAfterError = resumed,
            Reconciliation = outcome.Reconciliation,
        };
    }

    /// <summary>Runs the scenario's interrupted enumerations, each resumed from the checkpoint the previous one stored, then a last one to the end.</summary>
    private static async Task<Stage> HarvestWithInterruptionsAsync(Harness harness, FaultScenario scenario, List<string> harvested, CancellationToken cancellationToken)
    {
        HarvestCheckpoint? checkpoint = null;
        var interruptions = 0;
        foreach (var cancelAfter in scenario.CancelAfterPages.Append(0))
        {
            var stage = await HarvestAsync(harness, checkpoint, scenario.MaxConcurrency, cancelAfter, harvested, cancellationToken).ConfigureAwait(false);
            interruptions += stage.Interruptions;
            if (stage.Interruptions == 0)
            {
                // Finished (or failed): a further resume would walk the last window again.
                return stage with { Interruptions = interruptions };
            }

            checkpoint = stage.Checkpoint;
        }

        throw new UnreachableException("The last stage never cancels.");
    }

    private static async Task<Stage> HarvestAsync(
        Harness harness,
        HarvestCheckpoint? resumeFrom,
        int concurrency,
        int cancelAfterPages,
        List<string> harvested,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = harness.Scenario.DefaultOptions
            ? new HarvestOptions { ResumeFrom = resumeFrom }
            : new HarvestOptions { MaxConcurrency = concurrency, ResumeFrom = resumeFrom, StallTimeout = harness.Scenario.StallTimeout };
        var pageable = harness.Client.SearchAllAsync(new OffresSearchRequest(), options, stop.Token);
        var stored = resumeFrom;
        var pages = 0;
        try
        {
            await foreach (var page in pageable.AsPages(stop.Token).ConfigureAwait(false))
            {
                harvested.AddRange(page.Offres.Select(o => o.Id ?? throw new InvalidOperationException("An offer without an id.")));

                // Stored with the page, through its JSON form, as a caller persists it.
                stored = HarvestCheckpoint.FromJson(pageable.Checkpoint!.ToJson());
                if (++pages == cancelAfterPages)
                {
                    // Requests of the next pages are in flight: they are cut short, not waited for.
                    await stop.CancelAsync().ConfigureAwait(false);
                }
            }

            return new Stage(stored, pageable.Reconciliation, null, pageable.Checkpoint!.Requests, 0);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new Stage(stored, null, null, pageable.Checkpoint!.Requests, 1);
        }
#pragma warning disable CA1031 // Any exception is the outcome under test; the caller checks its type.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return new Stage(stored, null, ex, pageable.Checkpoint!.Requests, 0);
        }
    }

    private static WireCounts Add(WireCounts a, WireCounts b) => new()
    {
        ApiAttempts = a.ApiAttempts + b.ApiAttempts,
        TokenRequests = a.TokenRequests + b.TokenRequests,
        Healthy = a.Healthy + b.Healthy,
        Status500 = a.Status500 + b.Status500,
        Status502 = a.Status502 + b.Status502,
        Status503 = a.Status503 + b.Status503,
        TooManyRequests = a.TooManyRequests + b.TooManyRequests,
        Unauthorized = a.Unauthorized + b.Unauthorized,
        TruncatedBodies = a.TruncatedBodies + b.TruncatedBodies,
        MalformedBodies = a.MalformedBodies + b.MalformedBodies,
        CutShort = a.CutShort + b.CutShort,
        Other = a.Other + b.Other,
        SlowAnswers = a.SlowAnswers + b.SlowAnswers,
        LongestCutShort = a.LongestCutShort > b.LongestCutShort ? a.LongestCutShort : b.LongestCutShort,
    };

    private sealed record Stage(HarvestCheckpoint? Checkpoint, HarvestReconciliation? Reconciliation, Exception? Error, int Requests, int Interruptions);

    /// <summary>A clock of the run's own: the SDK shares a rate limiter per clock, and parallel runs must not share one.</summary>
    private static TimeProvider NewClock(FaultScenario scenario) =>
        scenario.ClockFactor > 1 ? new CompressedClock(scenario.ClockFactor) : new IsolatedClock();

    /// <summary>A sandbox, the wire counter in front of it and a client configured for the scenario.</summary>
    private sealed class Harness : IDisposable
    {
        private readonly SandboxHttpMessageHandler _sandbox;

        public Harness(FaultScenario scenario, FaultProfile faults, int corpusSize, TimeProvider clock)
        {
            Scenario = scenario;
            var sandboxOptions = SandboxSetup.NewSandboxOptions(corpusSize);
            sandboxOptions.Faults = faults;
            sandboxOptions.RateLimit = scenario.SandboxRate;
            sandboxOptions.TimeProvider = clock;
            _sandbox = new SandboxHttpMessageHandler(sandboxOptions);
            Events = new SdkEventCounter();
            var options = scenario.DefaultOptions ? SandboxSetup.NewDefaultClientOptions() : TunedOptions(scenario);

            // An answer is "slow" past half the attempt timeout, in real time: the wire counter times with a stopwatch.
            Wire = new WireCounter(_sandbox, options.AttemptTimeout / 2 / scenario.ClockFactor);
            Client = new OffresEmploiClient(options, Wire, clock, Events);
        }

        public FaultScenario Scenario { get; }

        public WireCounter Wire { get; }

        public SdkEventCounter Events { get; }

        public OffresEmploiClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            Wire.Dispose();
            _sandbox.Dispose();
        }

        private static OffresEmploiOptions TunedOptions(FaultScenario scenario)
        {
            var options = SandboxSetup.NewClientOptions();
            options.RequestsPerSecond = scenario.RequestsPerSecond;
            options.MaxRetryAttempts = scenario.MaxRetryAttempts;
            options.RetryBaseDelay = scenario.RetryBaseDelay;
            options.MaxRetryDelay = scenario.MaxRetryDelay;
            options.AttemptTimeout = scenario.AttemptTimeout;
            options.TotalTimeout = scenario.TotalTimeout;
            return options;
        }
    }
}
