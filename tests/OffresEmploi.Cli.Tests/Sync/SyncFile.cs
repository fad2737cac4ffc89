using OffresEmploi.Cli.Storage;

namespace OffresEmploi.Cli.Tests.Sync;

/// <summary>Reads a database written by <c>offres sync</c>, read-only, the way an analyst would.</summary>
/// <remarks>Through <see cref="DuckDbEngine"/>, as every DuckDB use in this assembly: the test project leaves the engine
/// out of its output as the packages do, and a DuckDB.NET type touched before the engine's resolver is set fails its
/// static constructor for the whole process (later uses then fail or deadlock).</remarks>
internal static class SyncFile
{
    public static List<object?[]> Rows(string path, string sql)
    {
        using var connection = DuckDbEngine.Open(path, readOnly: true);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static HashSet<string> Ids(string path, string where = "TRUE") =>
        Rows(path, $"SELECT id FROM offres WHERE {where}").Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);

    public static long Count(string path, string sql) => Convert.ToInt64(Rows(path, sql)[0][0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every row of <c>offres</c> as text, without the columns a run moves on every offer it sees.</summary>
    public static List<string> Snapshot(string path) =>
        [.. Rows(path, "SELECT * EXCLUDE (last_seen, last_run) FROM offres ORDER BY id").Select(r => string.Join("|", r.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))];
}
