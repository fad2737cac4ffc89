using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Settings;

/// <summary>Reads <c>--sort</c>: a word or the API's code.</summary>
internal static class SortArgument
{
    /// <summary>Parses the value.</summary>
    /// <param name="text">"pertinence", "date", "distance", or 0, 1, 2.</param>
    /// <returns>The sort, or null when the text is none of those.</returns>
    public static Sort? Parse(string text) => text.Trim().ToUpperInvariant() switch
    {
        "PERTINENCE" or "RELEVANCE" or "0" => Sort.Pertinence,
        "DATE" or "1" => Sort.DateCreation,
        "DISTANCE" or "2" => Sort.Distance,
        _ => (Sort?)null,
    };
}
