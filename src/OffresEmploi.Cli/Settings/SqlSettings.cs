using System.CommandLine;
using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres sql</c>.</summary>
internal sealed class SqlSettings : GlobalSettings
{
    /// <summary>The most rows the table shows by default.</summary>
    public const int DefaultLimit = 100;

    public string? File { get; set; }

    public string? Query { get; set; }

    public bool Csv { get; set; }

    public bool Json { get; set; }

    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Adds the options of <c>offres sql</c> (no <c>--sandbox</c>: it reads a file, not the API).</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<SqlSettings> options)
    {
        options.Add(new Argument<string>("FILE") { Description = "The DuckDB file written by offres sync (opened read-only)." }, (s, v) => s.File = v);
        options.Add(new Argument<string>("QUERY") { Description = "The SQL query (DuckDB's dialect), quoted: \"SELECT typeContrat, count(*) FROM offres GROUP BY ALL\"." }, (s, v) => s.Query = v);
        options.Add(CliOptions.Flag("--csv", "Write every row as CSV on standard output instead of a table."), (s, v) => s.Csv = v);
        options.Add(CliOptions.Flag("--json", "Write every row as JSON Lines (one object per row) on standard output instead of a table."), (s, v) => s.Json = v);
        options.Add(CliOptions.WholeNumber("--limit", "ROWS", $"The most rows the table shows (default {DefaultLimit}; --csv and --json write all).", defaultValue: DefaultLimit, "-n"), (s, v) => s.Limit = v);
    }

    public override string? Validate() =>
        Csv && Json ? "--csv and --json cannot be used together."
        : Limit < 1 ? $"--limit: {Limit} is not a number of rows; give 1 or more."
        : string.IsNullOrWhiteSpace(Query) ? "QUERY is empty; give a SQL query, e.g. offres sql offres.duckdb \"SELECT count(*) FROM offres\"."
        : null;
}
