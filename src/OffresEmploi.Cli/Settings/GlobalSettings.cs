using System.ComponentModel;
using Spectre.Console.Cli;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options every command accepts.</summary>
internal class GlobalSettings : CommandSettings
{
    [CommandOption("--sandbox")]
    [Description("Use the built-in offline sandbox even when credentials are set.")]
    public bool Sandbox { get; set; }
}
