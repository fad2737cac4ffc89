using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres salaries</c>.</summary>
internal sealed class SalariesSettings : FilterSettings
{
    public int Limit { get; set; } = 150;

    public string? Csv { get; set; }

    /// <summary>Adds the options of <c>offres salaries</c>.</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<SalariesSettings> options)
    {
        FilterSettings.Define(options);
        options.Add(CliOptions.WholeNumber("--limit", "COUNT", $"Number of offers to read (1 to {SearchSettings.MaxLimit}).", defaultValue: 150, "-n"), (s, v) => s.Limit = v);
        options.Add(CliOptions.Text("--csv", "FILE", "Also write the table to a CSV file."), (s, v) => s.Csv = v);
    }

    public override string? Validate() =>
        SearchSettings.LimitError(Limit)
        ?? OutputPath.ExtensionError(Csv, "--csv", ".csv")
        ?? base.Validate();
}
