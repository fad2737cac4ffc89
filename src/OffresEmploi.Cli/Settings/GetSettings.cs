using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres get</c>.</summary>
internal sealed class GetSettings : GlobalSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The offer id (7 characters, e.g. 048KLTP).")]
    public string Id { get; set; } = "";

    [CommandOption("--json")]
    [Description("Print the offer as JSON, exactly as the API sends it.")]
    public bool Json { get; set; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Id) || Id.Any(c => !char.IsAsciiLetterOrDigit(c))
            ? ValidationResult.Error($"\"{Id}\" is not an offer id (letters and digits, e.g. 048KLTP).")
            : base.Validate();
}
