using System.CommandLine;
using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres referentiel</c>.</summary>
internal sealed class ReferentielSettings : GlobalSettings
{
    public string? Name { get; set; }

    public string? Filter { get; set; }

    public bool Json { get; set; }

    /// <summary>Adds the argument and options of <c>offres referentiel</c>.</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<ReferentielSettings> options)
    {
        options.Add(
            new Argument<string>("NAME") { Description = "The referentiel (typesContrats, metiers, communes, ...); omit it to list them.", Arity = ArgumentArity.ZeroOrOne },
            (s, v) => s.Name = v);
        options.Add(CliOptions.Text("--filter", "TEXT", "Only entries whose code or label contains this text (case and accents ignored).", "-f"), (s, v) => s.Filter = v);
        options.Add(CliOptions.Flag("--json", "Print the entries as JSON Lines."), (s, v) => s.Json = v);
        GlobalSettings.Define(options);
    }
}
