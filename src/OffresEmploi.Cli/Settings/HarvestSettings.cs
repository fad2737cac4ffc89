using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres harvest</c>.</summary>
internal sealed class HarvestSettings : FilterSettings
{
    public string? Out { get; set; }

    public bool Force { get; set; }

    /// <summary>Adds the options of <c>offres harvest</c>.</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<HarvestSettings> options)
    {
        FilterSettings.Define(options);
        options.Add(CliOptions.Text("--out", "FILE", "The output: .csv, .jsonl or .parquet. A checkpoint beside it lets an interrupted harvest resume.", "-o"), (s, v) => s.Out = v);
        options.Add(CliOptions.Flag("--force", "Start over: replace the output and forget its checkpoint."), (s, v) => s.Force = v);
    }

    public override string? Validate() =>
        string.IsNullOrWhiteSpace(Out) ? "--out is required (a .csv, .jsonl or .parquet file)." : base.Validate();
}
