using DuckDB.NET.Data;

namespace OffresEmploi.Cli.Storage;

/// <summary>Opens DuckDB databases for <c>offres sync</c> and <c>offres sql</c>: the one place that knows where the
/// native engine comes from.</summary>
internal static class DuckDbEngine
{
    /// <summary>Opens a database file.</summary>
    /// <param name="path">The database file; created when missing unless <paramref name="readOnly"/>.</param>
    /// <param name="readOnly">Open read-only (several readers may share the file).</param>
    /// <returns>The open connection.</returns>
    public static DuckDBConnection Open(string path, bool readOnly)
    {
        var connection = new DuckDBConnection(readOnly ? $"Data Source={path};ACCESS_MODE=READ_ONLY" : $"Data Source={path}");
        connection.Open();
        return connection;
    }
}
