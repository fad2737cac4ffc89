using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>Options of <see cref="OffresEmploiClient.SearchAllAsync(Models.OffresSearchRequest, HarvestOptions?, CancellationToken)"/>.</summary>
public sealed class HarvestOptions
{
    /// <summary>The default <see cref="StallTimeout"/>: 10 minutes.</summary>
    public static readonly TimeSpan DefaultStallTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The longest <see cref="StallTimeout"/> accepted: one day.</summary>
    public static readonly TimeSpan MaxStallTimeout = TimeSpan.FromDays(1);

    /// <summary>The earliest creation date used when the request sets no <c>minCreationDate</c> and the result set has to be split by date.</summary>
    /// <value>Defaults to 2000-01-01T00:00:00Z, older than any live offer.</value>
    public DateTimeOffset EarliestCreationDate { get; set; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Gets or sets how many pages of one date window may be requested at the same time.</summary>
    /// <value>Defaults to 4. The client's rate limiter still paces every request.</value>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Gets or sets whether to stop at the API's range cap (3,150 offers) instead of splitting the set by creation date.</summary>
    /// <value>Defaults to false: every matching offer is retrieved.</value>
    public bool StopAtRangeCap { get; set; }

    /// <summary>
    /// Gets or sets how long the retrieval may go without progress (no request answered) before it gives up.
    /// </summary>
    /// <value>Defaults to 10 minutes (<see cref="DefaultStallTimeout"/>); from zero to one day.</value>
    /// <remarks>
    /// <para>
    /// Each request is first retried by the client's own pipeline (<see cref="OffresEmploiOptions.MaxRetryAttempts"/>,
    /// <c>Retry-After</c> honoured). When a page still fails with a transient cause (no response, 429, 5xx, a damaged
    /// body, a token revoked again after a refresh), the retrieval does not end: that page is requested again after a
    /// growing pause (5 s, 10 s, 20 s… up to 2 minutes, with jitter, and never shorter than the server's
    /// <c>Retry-After</c>), for as long as some request was answered within this timeout. Any answered request resets
    /// the clock, so a harvest goes on through an unstable API and only stops when the API stays unreachable.
    /// </para>
    /// <para>
    /// When it gives up, the enumeration throws <see cref="OffresEmploiHarvestException"/> with
    /// <see cref="HarvestStopReason.Stalled"/>, the last failure as inner exception, and the checkpoint to resume from.
    /// Failures that no retry can fix (400, credentials refused by the token endpoint) end the retrieval at once.
    /// <see cref="TimeSpan.Zero"/> gives up at the first failure the client's pipeline did not absorb.
    /// </para>
    /// </remarks>
    public TimeSpan StallTimeout { get; set; } = DefaultStallTimeout;

    /// <summary>Gets or sets whether the retrieval may end short of the announced total without an exception.</summary>
    /// <value>Defaults to false.</value>
    /// <remarks>
    /// Some offers can be out of reach of any request: offers without a creation date past the range cap (the set cannot
    /// be split by date), more offers created in one second than the cap allows, or a walk from an explicit
    /// <c>range</c> that meets the cap. By default the enumeration then throws <see cref="OffresEmploiHarvestException"/>
    /// with <see cref="HarvestStopReason.Incomplete"/> after the last reachable page, so a short stream is never silent.
    /// With this option the enumeration ends normally and <see cref="OffresPageable.Reconciliation"/> counts the
    /// offers left out (<see cref="HarvestReconciliation.Unreachable"/>). Offers that expire while a long run goes on are
    /// not "left out": see <see cref="HarvestReconciliation.Difference"/>.
    /// </remarks>
    public bool AllowPartial { get; set; }

    /// <summary>Gets or sets a checkpoint from an interrupted run to resume from (see <see cref="OffresPageable.Checkpoint"/>).</summary>
    /// <value>Defaults to null: start from the beginning.</value>
    public HarvestCheckpoint? ResumeFrom { get; set; }

    /// <summary>Gets or sets where progress is reported after every page, and before every pause after a failed page.</summary>
    /// <value>Defaults to null: no reports.</value>
    public IProgress<HarvestProgress>? Progress { get; set; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrency, 1, nameof(MaxConcurrency));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxConcurrency, 32, nameof(MaxConcurrency));
        ArgumentOutOfRangeException.ThrowIfLessThan(StallTimeout, TimeSpan.Zero, nameof(StallTimeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(StallTimeout, MaxStallTimeout, nameof(StallTimeout));
    }
}
