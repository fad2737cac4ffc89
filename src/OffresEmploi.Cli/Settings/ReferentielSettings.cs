using System.ComponentModel;
using Spectre.Console.Cli;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres referentiel</c>.</summary>
internal sealed class ReferentielSettings : GlobalSettings
{
    [CommandArgument(0, "[NAME]")]
    [Description("The referentiel (typesContrats, metiers, communes, ...); omit it to list them.")]
    public string? Name { get; set; }

    [CommandOption("-f|--filter <TEXT>")]
    [Description("Only entries whose code or label contains this text (case and accents ignored).")]
    public string? Filter { get; set; }

    [CommandOption("--json")]
    [Description("Print the entries as JSON Lines.")]
    public bool Json { get; set; }
}
