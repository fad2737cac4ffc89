using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres engine install</c>.</summary>
internal sealed class EngineInstallSettings : GlobalSettings
{
    /// <summary>The NuGet v3 flat container to download from; null for <c>OFFRES_NUGET_SOURCE</c>, else nuget.org.</summary>
    public string? Source { get; set; }

    /// <summary>Download and replace the engine even when it is installed.</summary>
    public bool Force { get; set; }

    /// <summary>Adds the options of <c>offres engine install</c> (no <c>--sandbox</c>: it never calls the API).</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<EngineInstallSettings> options)
    {
        options.Add(CliOptions.Text("--source", "URL", "The NuGet v3 flat container to download from (default: OFFRES_NUGET_SOURCE, else https://api.nuget.org/v3-flatcontainer/)."), (s, v) => s.Source = v);
        options.Add(CliOptions.Flag("--force", "Download and replace the engine even when it is already installed."), (s, v) => s.Force = v);
    }
}
