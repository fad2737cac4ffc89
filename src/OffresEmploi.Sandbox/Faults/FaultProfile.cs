namespace OffresEmploi.Sandbox.Faults;

/// <summary>
/// The faults the sandbox injects into API calls (never into the token endpoint): server errors,
/// bursts of 429, added latency, truncated or malformed bodies and token revocation.
/// </summary>
/// <remarks>
/// Every decision is a pure function of the seed and the request number (the n-th call to the
/// API since the sandbox started), so the same seed and the same sequence of calls always give
/// the same sequence of statuses. The text form (see <see cref="Parse"/>) is what the command line
/// takes: <c>--faults "flaky,500=every:7,seed=3"</c>.
/// </remarks>
public sealed partial record FaultProfile
{
    /// <summary>Gets the trigger of a <c>500</c> with the API's JSON error body.</summary>
    public FaultTrigger InternalServerError { get; init; }

    /// <summary>Gets the trigger of a <c>502</c> with a gateway HTML page.</summary>
    public FaultTrigger BadGateway { get; init; }

    /// <summary>Gets the trigger of a <c>503</c> with an empty body.</summary>
    public FaultTrigger ServiceUnavailable { get; init; }

    /// <summary>Gets the trigger of a server error whose status (500, 502 or 503) is itself drawn from the seed.</summary>
    public FaultTrigger AnyServerError { get; init; }

    /// <summary>Gets the trigger of a burst of <c>429</c> responses, as if the quota were exhausted.</summary>
    public FaultTrigger TooManyRequests { get; init; }

    /// <summary>Gets the number of consecutive requests answered <c>429</c> once <see cref="TooManyRequests"/> fires.
    /// <value>Defaults to 1.</value></summary>
    public int TooManyRequestsLength { get; init; } = 1;

    /// <summary>Gets the <c>Retry-After</c> value of an injected <c>429</c>. <value>Defaults to 1 second.</value></summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the smallest latency added to each API call. <value>Defaults to zero.</value></summary>
    public TimeSpan LatencyMin { get; init; }

    /// <summary>Gets the largest latency added to each API call; the delay is drawn uniformly between
    /// <see cref="LatencyMin"/> and this value. <value>Defaults to zero (no latency).</value></summary>
    public TimeSpan LatencyMax { get; init; }

    /// <summary>Gets the trigger of a latency spike: <see cref="LatencySpikeDuration"/> added to that call's latency,
    /// the way one slow backend call stands out among fast ones.</summary>
    public FaultTrigger LatencySpike { get; init; }

    /// <summary>Gets the delay added by a <see cref="LatencySpike"/>. <value>Defaults to 5 seconds.</value></summary>
    public TimeSpan LatencySpikeDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the trigger of a successful response whose body is cut in half.</summary>
    public FaultTrigger TruncatedBody { get; init; }

    /// <summary>Gets the trigger of a successful response whose body is an HTML page instead of JSON.</summary>
    public FaultTrigger MalformedBody { get; init; }

    /// <summary>Gets the trigger of a revocation of the caller's token before its expiry: that request and
    /// every later one with the same token get <c>401</c>.</summary>
    public FaultTrigger TokenRevocation { get; init; }

    /// <summary>Gets the number of the API request that starts an outage (1-based); 0 for none.
    /// <value>Defaults to 0.</value></summary>
    public long OutageAt { get; init; }

    /// <summary>Gets how long an outage lasts, on the sandbox's clock, from the arrival of request <see cref="OutageAt"/>:
    /// every API request arriving in that time is answered <c>503</c>, as when the API is down.
    /// <value>Defaults to zero (no outage).</value></summary>
    public TimeSpan OutageDuration { get; init; }

    /// <summary>Gets the seed of the fault draws; <see langword="null"/> uses <see cref="SandboxOptions.Seed"/>.
    /// <value>Defaults to <see langword="null"/>.</value></summary>
    public int? Seed { get; init; }

    /// <summary>Gets a value indicating whether the profile injects nothing.</summary>
    public bool IsNone =>
        !InternalServerError.IsActive && !BadGateway.IsActive && !ServiceUnavailable.IsActive && !AnyServerError.IsActive
        && !TooManyRequests.IsActive && LatencyMax <= TimeSpan.Zero && !(LatencySpike.IsActive && LatencySpikeDuration > TimeSpan.Zero) && !TruncatedBody.IsActive && !MalformedBody.IsActive
        && !TokenRevocation.IsActive && !(OutageAt > 0 && OutageDuration > TimeSpan.Zero);

    /// <summary>Gets the profile that injects nothing (the default).</summary>
    public static FaultProfile None { get; } = new();

    /// <summary>Gets a mildly unreliable API: 5 % server errors and 20-200 ms of latency.</summary>
    public static FaultProfile Flaky { get; } = new()
    {
        AnyServerError = FaultTrigger.WithProbability(0.05),
        LatencyMin = TimeSpan.FromMilliseconds(20),
        LatencyMax = TimeSpan.FromMilliseconds(200),
    };

    /// <summary>Gets an API having a bad day: 15 % server errors, 429 bursts of 3, some truncated bodies,
    /// some revoked tokens, 50-500 ms of latency.</summary>
    public static FaultProfile Unstable { get; } = new()
    {
        AnyServerError = FaultTrigger.WithProbability(0.15),
        TooManyRequests = FaultTrigger.WithProbability(0.05),
        TooManyRequestsLength = 3,
        TruncatedBody = FaultTrigger.WithProbability(0.02),
        TokenRevocation = FaultTrigger.WithProbability(0.02),
        LatencyMin = TimeSpan.FromMilliseconds(50),
        LatencyMax = TimeSpan.FromMilliseconds(500),
    };

    /// <summary>Gets a slow but correct API: 0.5-3 s of latency on every call.</summary>
    public static FaultProfile Slow { get; } = new()
    {
        LatencyMin = TimeSpan.FromMilliseconds(500),
        LatencyMax = TimeSpan.FromSeconds(3),
    };

    /// <summary>Gets every fault at once, often: 25 % server errors, 429 bursts of 5, truncated and
    /// malformed bodies, revoked tokens, up to 1 s of latency.</summary>
    public static FaultProfile Chaos { get; } = new()
    {
        AnyServerError = FaultTrigger.WithProbability(0.25),
        TooManyRequests = FaultTrigger.WithProbability(0.1),
        TooManyRequestsLength = 5,
        TruncatedBody = FaultTrigger.WithProbability(0.05),
        MalformedBody = FaultTrigger.WithProbability(0.05),
        TokenRevocation = FaultTrigger.WithProbability(0.05),
        LatencyMax = TimeSpan.FromSeconds(1),
    };

    /// <summary>Gets the names of the presets accepted by <see cref="Parse"/>.</summary>
    public static IReadOnlyList<string> PresetNames { get; } = ["none", "flaky", "unstable", "slow", "chaos"];
}
