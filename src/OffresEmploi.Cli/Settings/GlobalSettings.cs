using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options every command accepts.</summary>
internal class GlobalSettings
{
    /// <summary>Use the offline sandbox even when credentials are set.</summary>
    public bool Sandbox { get; set; }

    /// <summary>Adds the options every command accepts.</summary>
    /// <typeparam name="T">The command's settings.</typeparam>
    /// <param name="options">The command's options.</param>
    public static void Define<T>(OptionBinder<T> options)
        where T : GlobalSettings, new() =>
        options.Add(CliOptions.Flag("--sandbox", "Use the built-in offline sandbox even when credentials are set."), (s, v) => s.Sandbox = v);

    /// <summary>Checks what the shape of the values decides, before any request.</summary>
    /// <returns>The error, naming the option and the rule; null when the values are fine.</returns>
    public virtual string? Validate() => null;
}
