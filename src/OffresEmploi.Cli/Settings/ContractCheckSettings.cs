using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres contract-check</c>.</summary>
internal sealed class ContractCheckSettings : GlobalSettings
{
    public string? Report { get; set; }

    public string? Json { get; set; }

    public int Budget { get; set; } = 60;

    /// <summary>Adds the options of <c>offres contract-check</c>.</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<ContractCheckSettings> options)
    {
        options.Add(CliOptions.Text("--report", "FILE.md", "Also write the report as Markdown to this file."), (s, v) => s.Report = v);
        options.Add(CliOptions.Text("--json", "FILE.json", "Also write the report as JSON (one object per finding) to this file."), (s, v) => s.Json = v);
        options.Add(CliOptions.WholeNumber("--budget", "N", "The most API requests the check may send, from 1 to 500 (default 60).", defaultValue: 60), (s, v) => s.Budget = v);
        GlobalSettings.Define(options);
    }
}
