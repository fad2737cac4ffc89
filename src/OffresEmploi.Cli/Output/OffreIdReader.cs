using System.Text.Json;
using CsvHelper;

namespace OffresEmploi.Cli.Output;

/// <summary>Reads back the offer ids of a CSV or JSON Lines file, to resume a harvest without duplicates.</summary>
internal static class OffreIdReader
{
    /// <summary>Reads every id in the file.</summary>
    /// <param name="path">The file; a missing file has no ids.</param>
    /// <param name="format">Its format (CSV or JSON Lines).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ids, in file order.</returns>
    public static async Task<List<string>> ReadAsync(string path, OutputFormat format, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return [];
        }

        return format switch
        {
            OutputFormat.Csv => await ReadCsvAsync(path, cancellationToken),
            OutputFormat.JsonLines => await ReadJsonLinesAsync(path, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Parquet outputs are resumed from their JSON Lines spool."),
        };
    }

    private static async Task<List<string>> ReadCsvAsync(string path, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using var csv = CsvReader.FromFile(path);
        await csv.ReadHeaderAsync(cancellationToken);
        var column = csv.GetFieldIndex("id");
        while (await csv.ReadAsync(cancellationToken))
        {
            ids.Add(csv.GetString(column));
        }

        return ids;
    }

    private static async Task<List<string>> ReadJsonLinesAsync(string path, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("id", out var id) && id.GetString() is { } value)
            {
                ids.Add(value);
            }
        }

        return ids;
    }
}
