namespace OffresEmploi.Sdk.Models;

/// <summary>Where a complete retrieval stands, reported after every page and before every pause after a failed page.</summary>
/// <param name="Windows">The creation-date windows started so far (1 when the set fits under the range cap).</param>
/// <param name="Requests">The search requests sent so far (each retried request counts once).</param>
/// <param name="Offers">The distinct offers yielded so far.</param>
/// <param name="Total">The total the API reported for the whole query at the start; null before the first answer.</param>
/// <param name="WindowEnd">The newest creation date of the current window; null while the set is walked without date windows.</param>
public sealed record HarvestProgress(int Windows, int Requests, long Offers, long? Total, DateTimeOffset? WindowEnd)
{
    /// <summary>Gets the share of <see cref="Total"/> yielded so far, between 0 and 1; null while the total is unknown or zero.</summary>
    public double? Fraction => Total is > 0 ? Math.Min(1.0, Offers / (double)Total.Value) : null;

    /// <summary>Gets the pause the retrieval is starting after a failed page, or null in a report that follows a page.</summary>
    public HarvestPause? Pause { get; init; }
}
