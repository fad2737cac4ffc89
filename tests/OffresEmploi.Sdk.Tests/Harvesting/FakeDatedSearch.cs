using System.Net;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Harvesting;

/// <summary>
/// A minimal search over dated offers with the API's date-window, sort-by-date and range rules, written
/// independently of the sandbox so the harvester can be driven through edge cases (expiry mid-walk,
/// thousands of offers in one second).
/// </summary>
internal sealed class FakeDatedSearch(List<Offre> offres, OffresRangeLimits limits)
{
    private int _calls;

    public int Calls => _calls;

    /// <summary>Gets or sets an action run before each call, given the call number (1-based), to change the data mid-run.</summary>
    public Action<int, List<Offre>>? BeforeCall { get; set; }

    public Task<OffresPage> SearchAsync(OffresSearchRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var call = Interlocked.Increment(ref _calls);
        List<Offre> matching;
        lock (offres)
        {
            BeforeCall?.Invoke(call, offres);
            matching = offres
                .Where(o => request.MinCreationDate is not { } min || o.DateCreation >= min)
                .Where(o => request.MaxCreationDate is not { } max || o.DateCreation <= max)
                .OrderByDescending(o => o.DateCreation)
                .ThenBy(o => o.Id, StringComparer.Ordinal)
                .ToList();
        }

        var range = OffresRange.Parse(request.Range ?? "0-149");
        range.Validate(limits);
        if (matching.Count == 0 || range.First >= matching.Count)
        {
            return Task.FromResult(OffresPage.Create([], new ContentRange("offres", null, null, matching.Count), HttpStatusCode.NoContent, range, limits: limits));
        }

        var last = Math.Min(range.Last, matching.Count - 1);
        var page = matching.GetRange(range.First, last - range.First + 1);
        var status = last < matching.Count - 1 ? HttpStatusCode.PartialContent : HttpStatusCode.OK;
        return Task.FromResult(OffresPage.Create(page, new ContentRange("offres", range.First, last, matching.Count), status, range, limits: limits));
    }

    public static List<Offre> Offres(int count, DateTimeOffset newest, TimeSpan spacing) =>
        Enumerable.Range(0, count)
            .Select(i => new Offre { Id = $"X{i:D6}", DateCreation = newest - (spacing * i) })
            .ToList();
}
