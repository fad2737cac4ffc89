using System.Globalization;

namespace OffresEmploi.Sdk.Models;

/// <summary>The final account of a complete retrieval: what the API announced against what was yielded.</summary>
/// <remarks>
/// The API's totals move while a long run goes on: offers expire or are withdrawn, and (when the
/// request has no <c>maxCreationDate</c>) new ones appear after the run fixed its upper date. A non-zero
/// <see cref="Difference"/> says so instead of hiding it; it is not an error of the SDK.
/// </remarks>
public sealed record HarvestReconciliation
{
    /// <summary>Gets the total the API reported for the query at the start of the run.</summary>
    public required long ExpectedTotal { get; init; }

    /// <summary>Gets the distinct offers yielded.</summary>
    public required long Yielded { get; init; }

    /// <summary>Gets how many offers came back more than once (window boundaries, re-walks) and were yielded once only.</summary>
    public required long DuplicatesSkipped { get; init; }

    /// <summary>Gets the search requests sent.</summary>
    public required int Requests { get; init; }

    /// <summary>Gets the creation-date windows walked.</summary>
    public required int Windows { get; init; }

    /// <summary>Gets how many windows were walked again because their total changed during the walk.</summary>
    public required int WindowsRewalked { get; init; }

    /// <summary>
    /// Gets the offers that no request could reach: more offers created in one second than the range cap allows (never
    /// seen in practice), offers without a creation date past the cap, or the offers past the cap of a walk from an
    /// explicit <c>range</c>. Without <see cref="HarvestOptions.AllowPartial"/>, a run with unreachable offers ends with
    /// <see cref="OffresEmploiHarvestException"/>.
    /// </summary>
    public required long Unreachable { get; init; }

    /// <summary>Gets how many times a page was requested again after a pause, because it still failed after the client's own retries (see <see cref="HarvestOptions.StallTimeout"/>).</summary>
    public int PageRetries { get; init; }

    /// <summary>Gets whether the run stopped at the range cap on purpose (<see cref="HarvestOptions.StopAtRangeCap"/>).</summary>
    public required bool StoppedAtRangeCap { get; init; }

    /// <summary>Gets <see cref="Yielded"/> minus <see cref="ExpectedTotal"/>: negative when offers disappeared during the run (or were unreachable), positive when some appeared.</summary>
    public long Difference => Yielded - ExpectedTotal;

    /// <summary>Gets whether every announced offer was yielded and nothing else.</summary>
    public bool IsExact => Difference == 0;

    /// <inheritdoc/>
    public override string ToString()
    {
        var verdict = IsExact
            ? "complete"
            : StoppedAtRangeCap ? "stopped at the range cap"
            : Unreachable > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Unreachable} unreachable by any request")
            : Difference < 0 ? "offers expired or were withdrawn during the run"
            : "offers appeared during the run";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Yielded} offers yielded of {ExpectedTotal} announced (difference {Difference:+#;-#;0}): {verdict}; {Requests} requests ({PageRetries} after a pause), {Windows} windows, {WindowsRewalked} re-walked, {DuplicatesSkipped} duplicates skipped.");
    }
}
