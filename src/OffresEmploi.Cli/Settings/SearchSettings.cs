using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres search</c>.</summary>
internal sealed class SearchSettings : FilterSettings
{
    /// <summary>The most offers one set of criteria can reach (indexes 0 to 3149).</summary>
    public const int MaxLimit = 3150;

    [CommandOption("-n|--limit <COUNT>")]
    [Description("Number of offers to show (1 to 3150).")]
    [DefaultValue(20)]
    public int Limit { get; set; } = 20;

    [CommandOption("--sort <ORDER>")]
    [Description("pertinence (default), date (newest first) or distance (with --commune).")]
    public string? Sort { get; set; }

    [CommandOption("--json")]
    [Description("Print the offers as JSON Lines (one complete offer per line), as they arrive.")]
    public bool Json { get; set; }

    public override ValidationResult Validate()
    {
        if (Limit is < 1 or > MaxLimit)
        {
            return ValidationResult.Error($"--limit must be between 1 and {MaxLimit}.");
        }

        if (Sort is not null && SortArgument.Parse(Sort) is null)
        {
            return ValidationResult.Error($"--sort \"{Sort}\": use pertinence, date or distance.");
        }

        return base.Validate();
    }
}
