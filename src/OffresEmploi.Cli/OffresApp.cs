using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using OffresEmploi.Cli.CommandLine;
using OffresEmploi.Cli.Commands;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;

namespace OffresEmploi.Cli;

/// <summary>The <c>offres</c> command line: its commands, help texts, examples and error handling.</summary>
/// <remarks>Built on System.CommandLine, whose symbols are plain objects (no reflection), so the tool compiles with
/// Native AOT. Every failure, parse errors included, ends in <see cref="ErrorReporter"/>: one line, the option named.</remarks>
internal static class OffresApp
{
    /// <summary>Gets the version <c>offres --version</c> prints: the package version, without the source revision.</summary>
    public static string Version =>
        (typeof(OffresApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="context">Consoles, environment and handlers.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var parse = Create(context).Command.Parse(args);
            // Help and --version stand alone: "offres search --help" is not a mistake for lack of keywords.
            if (parse.Action is not HelpWithExamplesAction and not PrintVersionAction && ParseErrors.Find(parse) is { } mistake)
            {
                throw new UsageException(mistake);
            }

            var invocation = new InvocationConfiguration
            {
                Output = context.Out.Profile.Out.Writer,
                Error = context.Error.Profile.Out.Writer,
                // Failures go to ErrorReporter, and Program.cs owns Ctrl+C (a harvest must keep its checkpoint).
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (Exception exception)
        {
            return ErrorReporter.Report(context.Error, exception, cancellationToken);
        }
    }

    /// <summary>Builds the command tree.</summary>
    /// <param name="context">Consoles, environment and handlers.</param>
    /// <returns>The root command and the examples shown in the help.</returns>
    public static (RootCommand Command, CommandExamples Examples) Create(CliContext context)
    {
        var root = new RootCommand("Search France Travail's job offers (API Offres d'emploi v2); the offline sandbox answers when no credentials are set.");
        var examples = new CommandExamples();
        examples.Add(root, ["search", "développeur", "--near", "Annecy", "--distance", "20"], ["harvest", "boulanger", "--region", "Bretagne", "--out", "boulangers.parquet"]);

        var search = Add(root, "search", "Search offers and show them as a table (or JSON Lines with --json).", SearchSettings.Define, new SearchCommand(context));
        examples.Add(
            search,
            ["search", "développeur"],
            ["search", "développeur", "--near", "Lyon", "--distance", "20", "--type-contrat", "CDI"],
            ["search", "comptable", "--region", "Auvergne-Rhône-Alpes", "--salaire-min", "45000", "--periode", "A"],
            ["search", "--rome", "D1102", "--publiee-depuis", "7", "--sort", "date", "--limit", "50"],
            ["search", "data", "--region", "Bretagne", "--json"]);
        var get = Add(root, "get", "Show one offer.", GetSettings.Define, new GetCommand(context));
        examples.Add(get, ["get", "190BPAB"], ["get", "190bpab", "--json"]);
        var referentiel = Add(root, "referentiel", "List the codes and labels of a referentiel (or the referentiels).", ReferentielSettings.Define, new ReferentielCommand(context));
        examples.Add(referentiel, ["referentiel"], ["referentiel", "typesContrats"], ["referentiel", "metiers", "--filter", "boulang"]);
        var facets = Add(root, "facets", "Break the matching offers down by contract type, experience, qualification and nature.", FacetsSettings.Define, new FacetsCommand(context));
        examples.Add(facets, ["facets", "développeur", "--departement", "74"], ["facets", "infirmier", "--region", "Occitanie", "--png", "infirmiers.png"]);
        var salaries = Add(root, "salaries", "Salary ranges by employer, read from the offers' salary texts.", SalariesSettings.Define, new SalariesCommand(context));
        examples.Add(salaries, ["salaries", "développeur", "--departement", "Rhône"], ["salaries", "boulanger", "--limit", "600", "--csv", "salaires.csv"]);
        var contract = Add(root, "contract-check", "Probe the API with a few requests and report where it differs from the SDK's spec (exit 1 on drift).", ContractCheckSettings.Define, new ContractCheckCommand(context));
        examples.Add(contract, ["contract-check"], ["contract-check", "--report", "contract.md", "--json", "contract.json"]);
        var harvest = Add(root, "harvest", "Download every matching offer to CSV, JSON Lines or Parquet; resumable.", HarvestSettings.Define, new HarvestCommand(context));
        examples.Add(
            harvest,
            ["harvest", "--departement", "74", "--out", "offres-74.csv"],
            ["harvest", "développeur", "--since", "2025-08-01", "--out", "dev.jsonl"],
            ["harvest", "--region", "Bretagne", "--type-contrat", "CDI", "--out", "bretagne.parquet"]);

        var sync = Add(root, "sync", "Keep a DuckDB history of the matching offers: added, updated and removed since the last run; resumable.", SyncSettings.Define, new SyncCommand(context));
        examples.Add(
            sync,
            ["sync", "--db", "marche.duckdb", "--departement", "74"],
            ["sync", "--db", "marche.duckdb"],
            ["sync", "--db", "marche.duckdb", "--new-only"]);

        var sql = Add(root, "sql", "Query a database written by offres sync (read-only) and print a table, CSV or JSON Lines.", SqlSettings.Define, new SqlCommand(context));
        examples.Add(
            sql,
            ["sql", "marche.duckdb", "SELECT typeContrat, count(*) AS offres FROM offres WHERE removed_at IS NULL GROUP BY ALL ORDER BY offres DESC"],
            ["sql", "marche.duckdb", "SELECT * FROM sync_runs", "--csv"]);
        var engine = Add(root, "engine", "Show where the DuckDB engine of offres sync and offres sql is found (status), or install it.", _ => { }, new EngineStatusCommand(context));
        Add(engine, "status", "Show where the DuckDB engine is found and check that it runs (exit 1 when it is missing).", _ => { }, new EngineStatusCommand(context));
        var install = Add(engine, "install", "Download the DuckDB engine (about 110 MB, once) into your data folder; its SHA-512 is checked.", EngineInstallSettings.Define, new EngineInstallCommand(context));
        examples.Add(engine, ["engine"], ["engine", "install"]);
        examples.Add(install, ["engine", "install"], ["engine", "install", "--source", "https://nuget.example.com/v3-flatcontainer/"]);

        ConfigureHelp(root, examples, context.Out.Profile.Width);
        ConfigureVersion(root, context);
        return (root, examples);
    }

    private static Command Add<TSettings>(Command parent, string name, string description, Action<OptionBinder<TSettings>> define, ApiCommand<TSettings> handler)
        where TSettings : GlobalSettings, new()
    {
        var command = new Command(name, description);
        var options = new OptionBinder<TSettings>(command);
        define(options);
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = options.Bind(result);
            if (settings.Validate() is { } error)
            {
                throw new UsageException(error);
            }

            return await handler.ExecuteAsync(settings, cancellationToken);
        });
        parent.Add(command);
        return command;
    }

    // System.CommandLine's sections, wrapped at the console's width (80 in a pipe, or COLUMNS), then the examples.
    private static void ConfigureHelp(RootCommand root, CommandExamples examples, int width)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamplesAction(new HelpAction { MaxWidth = Math.Max(40, width) }, examples);
    }

    // System.CommandLine's own version option prints the informational version with the source revision, and has no -v.
    private static void ConfigureVersion(RootCommand root, CliContext context)
    {
        var version = root.Options.OfType<VersionOption>().Single();
        version.Aliases.Add("-v");
        version.Action = new PrintVersionAction(context);
    }

    private sealed class HelpWithExamplesAction(HelpAction help, CommandExamples examples) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            help.Invoke(parseResult);
            examples.WriteSection(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return ExitCodes.Success;
        }
    }

    private sealed class PrintVersionAction(CliContext context) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            context.Out.Profile.Out.Writer.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
