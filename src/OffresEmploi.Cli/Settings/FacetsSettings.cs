using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres facets</c>.</summary>
internal sealed class FacetsSettings : FilterSettings
{
    public string? Png { get; set; }

    public string? Svg { get; set; }

    /// <summary>Adds the options of <c>offres facets</c>.</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<FacetsSettings> options)
    {
        FilterSettings.Define(options);
        options.Add(CliOptions.Text("--png", "FILE", "Also write the breakdown as a PNG chart, one panel per filter."), (s, v) => s.Png = v);
        options.Add(CliOptions.Text("--svg", "FILE", "Also write the breakdown as an SVG chart (vector, for the web or print)."), (s, v) => s.Svg = v);
    }

    public override string? Validate() =>
        OutputPath.ExtensionError(Png, "--png", ".png") ?? OutputPath.ExtensionError(Svg, "--svg", ".svg") ?? base.Validate();
}
