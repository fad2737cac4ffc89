using OffresEmploi.Cli.Filters;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;
using Spectre.Console;

namespace OffresEmploi.Cli.Commands;

/// <summary>Base of the commands that call the API: the context, a session, and the filters.</summary>
/// <typeparam name="TSettings">The command's settings.</typeparam>
internal abstract class ApiCommand<TSettings>(CliContext context)
    where TSettings : GlobalSettings
{
    /// <summary>The CLI context.</summary>
    protected CliContext Context { get; } = context;

    /// <summary>Runs the command with valid settings.</summary>
    /// <param name="settings">The parsed and validated options.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public abstract Task<int> ExecuteAsync(TSettings settings, CancellationToken cancellationToken);

    /// <summary>Builds the search from the filter options and prints how places were read.</summary>
    /// <param name="settings">The filter options.</param>
    /// <param name="sort">The sort order, when the command has one.</param>
    /// <returns>The query.</returns>
    protected SearchQuery BuildQuery(FilterSettings settings, OffresEmploi.Sdk.Models.Sort? sort = null)
    {
        var builder = new SearchQueryBuilder(places: null, Context.TimeProvider);
        var query = builder.Build(settings, sort);
        foreach (var note in query.Notes)
        {
            Context.Error.MarkupLine($"[dim]{Markup.Escape(note)}[/]");
        }

        return query;
    }

    /// <summary>Opens the API session (and says when it is the sandbox).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The session.</returns>
    protected ApiSession OpenSession(TSettings settings) => ApiSession.Open(Context, settings);
}
