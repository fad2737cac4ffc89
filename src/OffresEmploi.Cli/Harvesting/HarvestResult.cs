using OffresEmploi.Cli.Infrastructure;

namespace OffresEmploi.Cli.Harvesting;

/// <summary>How a harvest ended: what was asked of the API and what it reported, for the reconciliation line.</summary>
/// <param name="Windows">Windows (sub-queries) harvested.</param>
/// <param name="Requests">Search requests sent.</param>
/// <param name="ExpectedTotal">The total the API reported for the whole query.</param>
/// <param name="Reachable">How many of those one query can reach (null when all of them).</param>
internal sealed record HarvestResult(int Windows, int Requests, long? ExpectedTotal, long? Reachable)
{
    /// <summary>The final line: offers written against the API's total, duplicates skipped, and any gap explained.</summary>
    /// <param name="path">The output file.</param>
    /// <param name="offers">Offers in the output.</param>
    /// <param name="duplicates">Offers received twice and skipped.</param>
    /// <returns>The line.</returns>
    public string Describe(string path, long offers, long duplicates)
    {
        var expected = ExpectedTotal ?? offers;
        var verdict = offers == expected
            ? "complete"
            : offers < expected && Reachable is { } reachable && offers >= reachable
                ? $"incomplete: the API serves at most {Formats.Count(reachable)} offers per query; narrow the filters (--since/--until, --departement) for the rest"
                : offers < expected
                    ? $"{Formats.Count(expected - offers)} missing (offers withdrawn during the harvest, or the total moved)"
                    : $"{Formats.Count(offers - expected)} more than the first total (offers published during the harvest)";
        return $"Harvested {Formats.Count(offers)} of {Formats.Count(expected)} offers into {path}: {verdict}. " +
               $"{Formats.Count(Windows, "window")}, {Formats.Count(Requests, "request")}, {Formats.Count(duplicates, "duplicate")} skipped.";
    }
}
