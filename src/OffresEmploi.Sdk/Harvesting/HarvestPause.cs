namespace OffresEmploi.Sdk.Models;

/// <summary>A pause of a complete retrieval after a page failed with a transient cause, before that page is requested again.</summary>
/// <param name="Delay">How long the retrieval waits before requesting the page again.</param>
/// <param name="Cause">The failure, after the client's own retries: its <see cref="OffresEmploiException.Status"/> (0 when nothing answered) and message say what went wrong.</param>
/// <param name="Stalled">How long no request has been answered.</param>
/// <param name="StallTimeout">How long the retrieval may go without an answer before it gives up (<see cref="HarvestOptions.StallTimeout"/>).</param>
public sealed record HarvestPause(TimeSpan Delay, OffresEmploiException Cause, TimeSpan Stalled, TimeSpan StallTimeout);
