using System.Net;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>One window of search results: the offers, the aggregations, and where the window sits in the whole result set.</summary>
/// <remarks>
/// The API answers 206 while more results exist, 200 for the last window and 204 when nothing matches (an empty
/// page). <see cref="NextRange"/> is the window to ask for next; it is null at the end and at the API's cap, which
/// <see cref="IsTruncatedByApiLimit"/> tells apart: narrow the criteria (for example the creation-date window) to
/// reach the rest.
/// </remarks>
public sealed class OffresPage
{
    private OffresPage(
        IReadOnlyList<Offre> offres,
        IReadOnlyList<FiltrePossible> filtresPossibles,
        ContentRange? contentRange,
        HttpStatusCode status,
        OffresRange requestedRange,
        bool hasMore,
        OffresRange? nextRange)
    {
        Offres = offres;
        FiltresPossibles = filtresPossibles;
        ContentRange = contentRange;
        Status = status;
        RequestedRange = requestedRange;
        HasMore = hasMore;
        NextRange = nextRange;
    }

    /// <summary>Gets the offers of this window (empty for a 204).</summary>
    public IReadOnlyList<Offre> Offres { get; }

    /// <summary>Gets the aggregations (<c>filtresPossibles</c>): counts per contract type, experience, qualification and nature, over the whole result set.</summary>
    public IReadOnlyList<FiltrePossible> FiltresPossibles { get; }

    /// <summary>Gets the parsed <c>Content-Range</c> header, when the response had a readable one.</summary>
    public ContentRange? ContentRange { get; }

    /// <summary>Gets the HTTP status: 200 (last window), 206 (more results) or 204 (no result).</summary>
    public HttpStatusCode Status { get; }

    /// <summary>Gets the window that was asked for (<c>0-149</c> when the request had no range, the API's default).</summary>
    public OffresRange RequestedRange { get; }

    /// <summary>Gets the total number of matching offers, from <c>Content-Range</c> (0 for a 204); null when not reported.</summary>
    public int? Total => Status == HttpStatusCode.NoContent ? ContentRange?.Total ?? 0 : ContentRange?.Total;

    /// <summary>Gets whether results exist beyond this window (206, or a total larger than the last index + 1).</summary>
    public bool HasMore { get; }

    /// <summary>Gets the window to request next, or null when there is none (end of results or the API's cap).</summary>
    /// <remarks>Under the legacy 1000/1149 limits the last window overlaps the previous one; <see cref="OffresPageable"/> drops the repeated offers.</remarks>
    public OffresRange? NextRange { get; }

    /// <summary>
    /// Gets the token that continues after this page with <see cref="OffresPageable.AsPages(string?, int?, CancellationToken)"/>:
    /// the index of the next offer, as invariant digits; null when there is no next window (end of results or the cap).
    /// </summary>
    public string? ContinuationToken =>
        NextRange is null ? null : ((ContentRange?.Last ?? RequestedRange.Last) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets whether more results exist but the API's <c>range</c> cap (index 3149 by default) keeps them out of reach of these criteria.</summary>
    public bool IsTruncatedByApiLimit => HasMore && NextRange is null;

    /// <summary>Creates a page from values, for tests and for callers that build pages themselves (Azure's <c>Page.FromValues</c>).</summary>
    /// <param name="offres">The offers.</param>
    /// <param name="contentRange">The <c>Content-Range</c>, if any.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="requestedRange">The window asked for; <c>0-149</c> when null.</param>
    /// <param name="filtresPossibles">The aggregations; empty when null.</param>
    /// <param name="limits">The range bounds; <see cref="OffresRangeLimits.Current"/> when null.</param>
    /// <returns>The page.</returns>
    public static OffresPage Create(
        IReadOnlyList<Offre> offres,
        ContentRange? contentRange,
        HttpStatusCode status,
        OffresRange? requestedRange = null,
        IReadOnlyList<FiltrePossible>? filtresPossibles = null,
        OffresRangeLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(offres);
        var requested = requestedRange ?? OffresRange.FirstPage();
        var hasMore = status == HttpStatusCode.PartialContent || (contentRange?.HasMoreThanReturned ?? false);
        var next = hasMore ? ComputeNext(contentRange, requested, limits ?? OffresRangeLimits.Current) : null;
        return new OffresPage(offres, filtresPossibles ?? [], contentRange, status, requested, hasMore, next);
    }

    /// <summary>Returns this page with other offers (those not yielded before, in a complete retrieval).</summary>
    internal OffresPage WithOffres(IReadOnlyList<Offre> offres) =>
        new(offres, FiltresPossibles, ContentRange, Status, RequestedRange, HasMore, NextRange);

    /// <summary>Returns this page without its first <paramref name="count"/> offers (already seen in an overlapping window).</summary>
    internal OffresPage SkipFirst(int count) =>
        count <= 0 ? this : new OffresPage([.. Offres.Skip(count)], FiltresPossibles, ContentRange, Status, RequestedRange, HasMore, NextRange);

    private static OffresRange? ComputeNext(ContentRange? contentRange, OffresRange requested, OffresRangeLimits limits)
    {
        var returned = contentRange is { First: { } first, Last: { } last } ? new OffresRange(first, last) : requested;
        var next = returned.Next(limits, requested.Count);
        return next is { } n && contentRange?.Total is { } total && n.First >= total ? null : next;
    }
}
