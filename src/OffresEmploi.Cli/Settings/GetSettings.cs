using System.CommandLine;
using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres get</c>.</summary>
internal sealed class GetSettings : GlobalSettings
{
    public string Id { get; set; } = "";

    public bool Json { get; set; }

    /// <summary>Adds the argument and options of <c>offres get</c>.</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<GetSettings> options)
    {
        options.Add(new Argument<string>("ID") { Description = "The offer id (7 characters, e.g. 048KLTP; case does not matter)." }, (s, v) => s.Id = v);
        options.Add(CliOptions.Flag("--json", "Print the offer as JSON, exactly as the API sends it."), (s, v) => s.Json = v);
        GlobalSettings.Define(options);
    }

    public override string? Validate() =>
        string.IsNullOrWhiteSpace(Id) || Id.Any(c => !char.IsAsciiLetterOrDigit(c))
            ? $"\"{Id}\" is not an offer id (letters and digits, e.g. 048KLTP)."
            : base.Validate();
}
