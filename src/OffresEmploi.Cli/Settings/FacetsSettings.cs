using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres facets</c>.</summary>
internal sealed class FacetsSettings : FilterSettings
{
    [CommandOption("--png <FILE>")]
    [Description("Also write the breakdown as a PNG chart, one panel per filter.")]
    public string? Png { get; set; }

    public override ValidationResult Validate() =>
        Png is not null && !Png.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Error("--png needs a file name ending in .png.")
            : base.Validate();
}
