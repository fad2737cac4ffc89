using DuckDB.NET.Data;
using OffresEmploi.Cli.Infrastructure;

namespace OffresEmploi.Cli.Storage;

/// <summary>Opens the database file a user names, and says in one line, naming the option, why it cannot be opened.</summary>
internal static class DuckDbFiles
{
    /// <summary>Opens (or creates) a database to write to.</summary>
    /// <param name="path">The file the user gave.</param>
    /// <param name="option">The option or argument that gave it, for errors.</param>
    /// <returns>The open connection.</returns>
    /// <exception cref="UsageException">The path is a folder, the file is not a DuckDB database, or another process writes to it.</exception>
    public static DuckDBConnection OpenForWriting(string path, string option)
    {
        var full = OutputPath.Prepare(path, option);
        return Open(full, path, option, readOnly: false);
    }

    /// <summary>Opens an existing database read-only (other readers may share it).</summary>
    /// <param name="path">The file the user gave.</param>
    /// <param name="option">The option or argument that gave it, for errors.</param>
    /// <returns>The open connection.</returns>
    /// <exception cref="UsageException">The file does not exist, is not a DuckDB database, or a writer holds it.</exception>
    public static DuckDBConnection OpenForReading(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new UsageException($"{option} {path}: no such file; create it with offres sync --db {path}.");
        }

        return Open(full, path, option, readOnly: true);
    }

    private static DuckDBConnection Open(string full, string given, string option, bool readOnly)
    {
        try
        {
            return DuckDbEngine.Open(full, readOnly);
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{option} {given}: another process has it open for writing (an offres sync still running, or a DuckDB session); wait for it or close it.", e);
        }
        catch (DuckDBException e) when (e.Message.Contains("not a valid DuckDB database", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{option} {given}: not a DuckDB database file.", e);
        }
    }
}
