using OffresEmploi.Cli.Commands;
using OffresEmploi.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OffresEmploi.Cli;

/// <summary>The <c>offres</c> command line: its commands, help texts, examples and error handling.</summary>
internal static class OffresApp
{
    /// <summary>Gets the version <c>offres --version</c> prints: the package version, without the source revision.</summary>
    public static string Version =>
        (System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(OffresApp).Assembly)
            ?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="context">Consoles, environment and handlers.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await Create(context, cancellationToken: cancellationToken).RunAsync(args, cancellationToken);
        }
        catch (Exception exception)
        {
            // Spectre reports most failures through the exception handler; this catches what escapes it.
            return ErrorReporter.Report(context.Error, exception, cancellationToken);
        }
    }

    /// <summary>Builds the application.</summary>
    /// <param name="context">Consoles, environment and handlers.</param>
    /// <param name="validateExamples">Parse every help example at start-up (tests; it costs start-up time).</param>
    /// <param name="cancellationToken">The Ctrl+C token, so any failure after it is reported as a cancellation.</param>
    /// <returns>The application.</returns>
    public static CommandApp Create(CliContext context, bool validateExamples = false, CancellationToken cancellationToken = default)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.Settings.ValidateExamples = validateExamples;
            config.Settings.Registrar.RegisterInstance(context);
            config.SetApplicationName("offres");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(context.Out);
            config.Settings.CancellationExitCode = ExitCodes.Cancelled;
            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((exception, _) => ErrorReporter.Report(context.Error, exception, cancellationToken));
            config.AddExample("search", "développeur", "--near", "Annecy", "--distance", "20");
            config.AddExample("harvest", "boulanger", "--region", "Bretagne", "--out", "boulangers.parquet");

            config.AddCommand<SearchCommand>("search")
                .WithDescription("Search offers and show them as a table (or JSON Lines with --json).")
                .WithExample("search", "développeur")
                .WithExample("search", "développeur", "--near", "Annecy", "--distance", "20", "--type-contrat", "CDI")
                .WithExample("search", "comptable", "--departement", "Haute-Savoie", "--salaire-min", "45000", "--periode", "A")
                .WithExample("search", "--rome", "D1102", "--publiee-depuis", "7", "--sort", "date", "--limit", "50")
                .WithExample("search", "data", "--region", "Bretagne", "--json");
            config.AddCommand<GetCommand>("get")
                .WithDescription("Show one offer.")
                .WithExample("get", "048KLTP")
                .WithExample("get", "048KLTP", "--json");
            config.AddCommand<ReferentielCommand>("referentiel")
                .WithDescription("List the codes and labels of a referentiel (or the referentiels).")
                .WithExample("referentiel")
                .WithExample("referentiel", "typesContrats")
                .WithExample("referentiel", "metiers", "--filter", "boulang");
            config.AddCommand<FacetsCommand>("facets")
                .WithDescription("Break the matching offers down by contract type, experience, qualification and nature.")
                .WithExample("facets", "développeur", "--departement", "74")
                .WithExample("facets", "infirmier", "--region", "Occitanie", "--png", "infirmiers.png");
            config.AddCommand<SalariesCommand>("salaries")
                .WithDescription("Salary ranges by employer, read from the offers' salary texts.")
                .WithExample("salaries", "développeur", "--departement", "Rhône")
                .WithExample("salaries", "boulanger", "--limit", "600", "--csv", "salaires.csv");
            config.AddCommand<HarvestCommand>("harvest")
                .WithDescription("Download every matching offer to CSV, JSON Lines or Parquet; resumable.")
                .WithExample("harvest", "--departement", "74", "--out", "offres-74.csv")
                .WithExample("harvest", "développeur", "--since", "2025-08-01", "--out", "dev.jsonl")
                .WithExample("harvest", "--region", "Bretagne", "--type-contrat", "CDI", "--out", "bretagne.parquet");
        });
        return app;
    }
}
