namespace OffresEmploi.Sdk.Harvesting;

/// <summary>Options of <see cref="OffresEmploiClient.SearchAllAsync(Models.OffresSearchRequest, HarvestOptions?, CancellationToken)"/>.</summary>
public sealed class HarvestOptions
{
    /// <summary>The earliest creation date used when the request sets no <c>minCreationDate</c> and the result set has to be split by date.</summary>
    /// <value>Defaults to 2000-01-01T00:00:00Z, older than any live offer.</value>
    public DateTimeOffset EarliestCreationDate { get; set; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Gets or sets how many pages of one date window may be requested at the same time.</summary>
    /// <value>Defaults to 4. The client's rate limiter still paces every request.</value>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Gets or sets whether to stop at the API's range cap (3,150 offers) instead of splitting the set by creation date.</summary>
    /// <value>Defaults to false: every matching offer is retrieved.</value>
    public bool StopAtRangeCap { get; set; }

    /// <summary>Gets or sets a checkpoint from an interrupted run to resume from (see <see cref="Paging.OffresPageable.Checkpoint"/>).</summary>
    /// <value>Defaults to null: start from the beginning.</value>
    public HarvestCheckpoint? ResumeFrom { get; set; }

    /// <summary>Gets or sets where progress is reported after every page.</summary>
    /// <value>Defaults to null: no reports.</value>
    public IProgress<HarvestProgress>? Progress { get; set; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrency, 1, nameof(MaxConcurrency));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxConcurrency, 32, nameof(MaxConcurrency));
    }
}
