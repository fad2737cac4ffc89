using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Cli.Rendering;
using OffresEmploi.Cli.Settings;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;
using Spectre.Console;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres referentiel [NAME]</c>: the codes and labels of a referentiel, or the list of referentiels.</summary>
internal sealed class ReferentielCommand(CliContext context) : ApiCommand<ReferentielSettings>(context)
{
    public override async Task<int> ExecuteAsync(ReferentielSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Name is null)
        {
            Context.Out.Write(ReferentielTable.Names(ReferentielNames.All));
            return ExitCodes.Success;
        }

        var resolved = ReferentielNames.Resolve(settings.Name);
        using var session = OpenSession(settings);
        var entries = await session.Client.GetReferentielAsync(resolved, cancellationToken);
        var shown = settings.Filter is null ? entries : ReferentielSearch.Find(entries, settings.Filter);

        if (settings.Json)
        {
            var writer = Context.Out.Profile.Out.Writer;
            foreach (var entry in shown)
            {
                await writer.WriteLineAsync(JsonText.Serialize(entry, OffresEmploiJsonContext.Default.Referentiel));
            }

            return ExitCodes.Success;
        }

        Context.Out.Write(ReferentielTable.Create(shown));
        var filtered = settings.Filter is null ? "" : $" matching \"{settings.Filter}\"";
        Context.Out.MarkupLine($"[dim]{Formats.Count(shown.Count)} of {Formats.Count(entries.Count)} entries{Markup.Escape(filtered)} in {resolved}.[/]");
        return ExitCodes.Success;
    }
}
