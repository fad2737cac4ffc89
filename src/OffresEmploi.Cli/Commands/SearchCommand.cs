using System.Text.Json;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Cli.Rendering;
using OffresEmploi.Cli.Settings;
using Spectre.Console;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres search</c>: a table of offers, or JSON Lines streamed as pages arrive.</summary>
internal sealed class SearchCommand(CliContext context) : ApiCommand<SearchSettings>(context)
{
    public override async Task<int> ExecuteAsync(SearchSettings settings, CancellationToken cancellationToken)
    {
        var sort = settings.Sort is null ? null : SortArgument.Parse(settings.Sort);
        var query = BuildQuery(settings, sort);
        using var session = OpenSession(settings);
        if (settings.Json)
        {
            await WriteJsonLinesAsync(session, query.Request, settings.Limit, cancellationToken);
            return ExitCodes.Success;
        }

        var offres = new List<Offre>();
        int? total = null;
        await foreach (var page in PagedSearch.PagesAsync(session.Client, query.Request, settings.Limit, cancellationToken))
        {
            total ??= page.Total;
            offres.AddRange(page.Offres);
        }

        if (offres.Count == 0)
        {
            Context.Out.MarkupLine("No offer matches.");
            return ExitCodes.Success;
        }

        Context.Out.Write(OffreTable.Create(offres, Context.Out.Profile.Width));
        var of = total is { } count ? $" of {Formats.Count(count)}" : "";
        Context.Out.MarkupLine($"[dim]{Formats.Count(offres.Count)}{of} offers. `offres get <id>` shows one.[/]");
        return ExitCodes.Success;
    }

    /// <summary>Writes each offer as soon as its page arrives, so a pipe sees the first ones early.</summary>
    private async Task WriteJsonLinesAsync(ApiSession session, OffresSearchRequest request, int limit, CancellationToken cancellationToken)
    {
        var writer = Context.Out.Profile.Out.Writer;
        await foreach (var page in PagedSearch.PagesAsync(session.Client, request, limit, cancellationToken))
        {
            foreach (var offre in page.Offres)
            {
                await writer.WriteLineAsync(JsonText.Serialize(offre, OffresEmploiJsonContext.Default.Offre));
            }

            await writer.FlushAsync(cancellationToken);
        }
    }
}
