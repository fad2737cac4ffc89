using System.Net;
using OffresEmploi.Sdk.Diagnostics;
using OffresEmploi.Sdk.Harvesting;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

public partial class OffresEmploiClient
{
    /// <summary>Searches offers: one window of at most 150 results (<c>GET /v2/offres/search</c>).</summary>
    /// <param name="request">The criteria, including the window (<see cref="OffresSearchRequest.Range"/>, <c>0-149</c> when null) and any creation-date window.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page: offers, aggregations, total and the next window. An empty page when nothing matches (204).</returns>
    /// <exception cref="ArgumentException">The API would refuse <paramref name="request"/>; nothing was sent.</exception>
    /// <exception cref="OffresEmploiException">The API answered with an error, or did not answer.</exception>
    public virtual async Task<OffresPage> SearchAsync(OffresSearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        OffresSearchRequestValidator.Validate(request, _options.RangeLimits);
        var requested = request.Range is { } range ? OffresRange.Parse(range) : OffresRange.FirstPage();

        using var activity = StartActivity("OffresEmploi.Search");
        _ = activity?.SetTag("offresemploi.range", requested.ToString());
        try
        {
            using var response = await CallAsync((api, ct) => api.SearchAsync(request, ct), "search", cancellationToken).ConfigureAwait(false);
            var page = OffresPage.Create(
                // Null entries ("resultats":[null, ...]) are dropped: callers, the harvester included, never meet them.
                response.StatusCode == HttpStatusCode.NoContent ? [] : [.. (response.Content?.Resultats ?? []).Where(o => o is not null)],
                ReadContentRange(response),
                response.StatusCode.GetValueOrDefault(),
                requested,
                response.Content?.FiltresPossibles is { } facets ? [.. facets.Where(f => f is not null)] : null,
                _options.RangeLimits);

            OffresEmploiInstrumentation.OffersYielded.Add(page.Offres.Count);
            _ = activity?.SetTag("http.response.status_code", (int)page.Status);
            _ = activity?.SetTag("offresemploi.total", page.Total);
            _ = activity?.SetTag("offresemploi.count", page.Offres.Count);
            return page;
        }
        catch (Exception ex)
        {
            RecordFailure(activity, ex);
            throw;
        }
    }

    /// <summary>
    /// Returns every offer matching <paramref name="request"/>, past the API's range cap (see
    /// <see cref="SearchAllAsync(OffresSearchRequest, HarvestOptions?, CancellationToken)"/>). Nothing is sent until
    /// the result is enumerated.
    /// </summary>
    /// <param name="request">The criteria. With a <c>range</c>, the walk starts there and stops at the cap.</param>
    /// <param name="cancellationToken">Cancels the walk (in addition to the enumeration's own token).</param>
    /// <returns>The offers; <see cref="OffresPageable.AsPages(CancellationToken)"/> gives the pages.</returns>
    /// <exception cref="ArgumentException">The API would refuse <paramref name="request"/>; thrown here, before any enumeration.</exception>
    public virtual OffresPageable SearchAllAsync(OffresSearchRequest request, CancellationToken cancellationToken = default) =>
        SearchAllAsync(request, options: null, cancellationToken);

    /// <summary>
    /// Returns every offer matching <paramref name="request"/>, each exactly once, however many there are: when the
    /// set is larger than the range cap (3,150 offers; 1,150 in the legacy profile), it is walked newest first in
    /// creation-date windows that each fit under the cap. Nothing is sent until the result is enumerated.
    /// </summary>
    /// <param name="request">The criteria. Without a <c>range</c> (the usual case) the whole set is retrieved; with one, the walk starts there and stops at the cap.</param>
    /// <param name="options">Concurrency, progress reports, resumption and the earliest creation date; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the walk (in addition to the enumeration's own token).</param>
    /// <returns>
    /// The offers; <see cref="OffresPageable.AsPages(CancellationToken)"/> gives the pages, <see cref="OffresPageable.Reconciliation"/>
    /// the final account and <see cref="OffresPageable.Checkpoint"/> a resumption point.
    /// </returns>
    /// <remarks>
    /// <para>
    /// A failed page is retried by the client's resilience pipeline; if it still fails with a transient cause (no
    /// response, 429, 5xx, a damaged body, a token revoked again), the run pauses and requests it again, for as long as
    /// the API answers some request within <see cref="HarvestOptions.StallTimeout"/> (10 minutes by default). A page is
    /// never skipped: when the run gives up, or meets a failure no retry can fix, the enumeration throws
    /// <see cref="OffresEmploiHarvestException"/> with the last failure inside and the
    /// <see cref="OffresEmploiHarvestException.Checkpoint"/> to resume from.
    /// </para>
    /// <para>
    /// The items either reach the announced total or the enumeration throws: offers out of reach of any request end the
    /// run with <see cref="OffresEmploiHarvestException"/> (<see cref="HarvestStopReason.Incomplete"/>) unless
    /// <see cref="HarvestOptions.AllowPartial"/> is set. Offers that expire during a long run are accounted for in
    /// <see cref="OffresPageable.Reconciliation"/>, not treated as errors.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">The API would refuse <paramref name="request"/>, or <paramref name="options"/> is invalid; thrown here, before any enumeration.</exception>
    /// <exception cref="OffresEmploiHarvestException">Thrown by the enumeration: the run stalled, failed, or could not reach every announced offer.</exception>
    public virtual OffresPageable SearchAllAsync(OffresSearchRequest request, HarvestOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        OffresSearchRequestValidator.Validate(request, _options.RangeLimits);
        options ??= new HarvestOptions();
        options.Validate();
        if (request.Range is not null)
        {
            return new OffresPageable(SearchAsync, request, _options.RangeLimits, options.AllowPartial, cancellationToken);
        }

        var harvester = new OffresHarvester(SearchAsync, request, _options.RangeLimits, options, _timeProvider, _logger);
        return new OffresPageable(harvester, cancellationToken);
    }
}
