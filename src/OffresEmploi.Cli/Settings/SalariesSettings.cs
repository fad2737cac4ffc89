using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres salaries</c>.</summary>
internal sealed class SalariesSettings : FilterSettings
{
    [CommandOption("-n|--limit <COUNT>")]
    [Description("Number of offers to read (1 to 3150).")]
    [DefaultValue(150)]
    public int Limit { get; set; } = 150;

    [CommandOption("--csv <FILE>")]
    [Description("Also write the table to a CSV file.")]
    public string? Csv { get; set; }

    public override ValidationResult Validate()
    {
        if (Limit is < 1 or > SearchSettings.MaxLimit)
        {
            return ValidationResult.Error($"--limit must be between 1 and {SearchSettings.MaxLimit}.");
        }

        return Csv is not null && !Csv.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Error("--csv needs a file name ending in .csv.")
            : base.Validate();
    }
}
