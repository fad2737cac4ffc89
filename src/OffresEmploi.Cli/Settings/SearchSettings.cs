using System.Globalization;
using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres search</c>.</summary>
internal sealed class SearchSettings : FilterSettings
{
    /// <summary>The most offers one set of criteria can reach (indexes 0 to 3149).</summary>
    public const int MaxLimit = 3150;

    public int Limit { get; set; } = 20;

    public string? Sort { get; set; }

    public bool Json { get; set; }

    /// <summary>Adds the options of <c>offres search</c>.</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<SearchSettings> options)
    {
        FilterSettings.Define(options);
        options.Add(CliOptions.WholeNumber("--limit", "COUNT", $"Number of offers to show (1 to {MaxLimit}).", defaultValue: 20, "-n"), (s, v) => s.Limit = v);
        options.Add(CliOptions.Text("--sort", "ORDER", "pertinence (default), date (newest first) or distance (with --commune)."), (s, v) => s.Sort = v);
        options.Add(CliOptions.Flag("--json", "Print the offers as JSON Lines (one complete offer per line), as they arrive."), (s, v) => s.Json = v);
    }

    public override string? Validate()
    {
        if (LimitError(Limit) is { } limit)
        {
            return limit;
        }

        if (Sort is not null && SortArgument.Parse(Sort) is null)
        {
            return $"--sort \"{Sort}\": use pertinence, date or distance.";
        }

        return base.Validate();
    }

    /// <summary>The rule of <c>--limit</c>, shared by the commands that read a number of offers.</summary>
    /// <param name="limit">The value.</param>
    /// <returns>The error, or null.</returns>
    public static string? LimitError(int limit) =>
        limit is < 1 or > MaxLimit ? string.Create(CultureInfo.InvariantCulture, $"--limit must be between 1 and {MaxLimit}.") : null;
}
