using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>
/// The error that ends a complete retrieval (<see cref="OffresEmploiClient.SearchAllAsync(Models.OffresSearchRequest, HarvestOptions?, CancellationToken)"/>)
/// before every announced offer was yielded: with the checkpoint to resume from and the account of what was done.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Reason"/> says why: <see cref="HarvestStopReason.Stalled"/> (nothing answered for
/// <see cref="HarvestOptions.StallTimeout"/>), <see cref="HarvestStopReason.Failed"/> (a failure no retry can fix) or
/// <see cref="HarvestStopReason.Incomplete"/> (offers out of reach of any request). For the first two, the
/// <see cref="Exception.InnerException"/> is the last failure and <see cref="OffresEmploiException.Status"/>,
/// <see cref="OffresEmploiException.ErrorCode"/> and <see cref="OffresEmploiException.ApiMessage"/> are copied from it.
/// </para>
/// <para>
/// Pass <see cref="Checkpoint"/> to <see cref="HarvestOptions.ResumeFrom"/> with the same request to go on without a
/// duplicate or a gap. Offers already yielded are counted in <see cref="Reconciliation"/>.
/// </para>
/// </remarks>
public sealed class OffresEmploiHarvestException : OffresEmploiException
{
    /// <summary>Initializes a new instance of the <see cref="OffresEmploiHarvestException"/> class.</summary>
    public OffresEmploiHarvestException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiHarvestException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    public OffresEmploiHarvestException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiHarvestException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The failure that ended the retrieval, if any.</param>
    public OffresEmploiHarvestException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets why the retrieval ended.</summary>
    public HarvestStopReason Reason { get; init; }

    /// <summary>Gets where to resume: the state after the last page yielded.</summary>
    public HarvestCheckpoint? Checkpoint { get; init; }

    /// <summary>Gets the account of the run up to the error: offers announced, yielded, left out, requests and page retries.</summary>
    public HarvestReconciliation? Reconciliation { get; init; }
}
