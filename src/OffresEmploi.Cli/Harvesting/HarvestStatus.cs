using OffresEmploi.Cli.Infrastructure;

namespace OffresEmploi.Cli.Harvesting;

/// <summary>Where a harvest stands, for the progress bar.</summary>
/// <param name="Windows">Windows (sub-queries) done or started.</param>
/// <param name="Requests">Search requests sent.</param>
/// <param name="Offers">Offers in the output.</param>
/// <param name="Total">The number of offers the API reports for the query, once known.</param>
internal sealed record HarvestStatus(int Windows, int Requests, long Offers, long? Total)
{
    /// <summary>The progress line: "windows 3 · requests 12 · offers 1 800/9 000".</summary>
    public string Describe() =>
        $"windows {Formats.Count(Windows)} · requests {Formats.Count(Requests)} · offers {Formats.Count(Offers)}" +
        (Total is { } total ? $"/{Formats.Count(total)}" : "");
}
