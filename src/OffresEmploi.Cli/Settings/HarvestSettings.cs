using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres harvest</c>.</summary>
internal sealed class HarvestSettings : FilterSettings
{
    [CommandOption("-o|--out <FILE>")]
    [Description("The output: .csv, .jsonl or .parquet. A checkpoint beside it lets an interrupted harvest resume.")]
    public string? Out { get; set; }

    [CommandOption("--force")]
    [Description("Start over: replace the output and forget its checkpoint.")]
    public bool Force { get; set; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out)
            ? ValidationResult.Error("--out is required (a .csv, .jsonl or .parquet file).")
            : base.Validate();
}
