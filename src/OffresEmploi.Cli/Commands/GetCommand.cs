using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Cli.Rendering;
using OffresEmploi.Cli.Settings;
using Spectre.Console;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres get ID</c>: one offer, laid out for reading, or its JSON.</summary>
internal sealed class GetCommand(CliContext context) : ApiCommand<GetSettings>(context)
{
    public override async Task<int> ExecuteAsync(GetSettings settings, CancellationToken cancellationToken)
    {
        using var session = OpenSession(settings);
        var offre = await session.Client.GetOffreAsync(settings.Id.Trim(), cancellationToken);
        if (offre is null)
        {
            PlainLine.Write(Context.Error, "[red]error:[/] ", $"no offer has the id {settings.Id} (it may have expired).");
            return ExitCodes.Failure;
        }

        if (settings.Json)
        {
            await Context.Out.Profile.Out.Writer.WriteLineAsync(JsonText.Serialize(offre, OffresEmploiJsonContext.Default.Offre, indented: true));
        }
        else
        {
            Context.Out.Write(OffreDetail.Create(offre));
        }

        return ExitCodes.Success;
    }
}
