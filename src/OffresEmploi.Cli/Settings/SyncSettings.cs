using OffresEmploi.Cli.CommandLine;

namespace OffresEmploi.Cli.Settings;

/// <summary>Options of <c>offres sync</c>.</summary>
internal sealed class SyncSettings : FilterSettings
{
    public string? Db { get; set; }

    public bool NewOnly { get; set; }

    public bool Restart { get; set; }

    /// <summary>Adds the options of <c>offres sync</c>.</summary>
    /// <param name="options">The command's options.</param>
    public static void Define(OptionBinder<SyncSettings> options)
    {
        FilterSettings.Define(options);
        options.Add(CliOptions.Text("--db", "FILE", "The DuckDB file holding the history (created on the first run). Later runs may omit the filters: the file keeps them."), (s, v) => s.Db = v);
        options.Add(CliOptions.Flag("--new-only", "Fetch only offers created since the newest one held (a few requests); marks nothing removed. A full run (the default) also finds updated and removed offers."), (s, v) => s.NewOnly = v);
        options.Add(CliOptions.Flag("--restart", "Abandon an interrupted run instead of resuming it."), (s, v) => s.Restart = v);
    }

    public override string? Validate() =>
        string.IsNullOrWhiteSpace(Db) ? "--db is required (the DuckDB file to keep the history in, e.g. --db offres.duckdb)." : base.Validate();
}
