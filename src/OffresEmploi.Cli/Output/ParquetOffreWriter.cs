using System.Text.Json;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;
using Parquet;

namespace OffresEmploi.Cli.Output;

/// <summary>Writes offers to a JSON Lines spool beside the output, and converts the spool to Parquet at the end.</summary>
/// <remarks>A Parquet file is only readable once its footer is written, and appending a row group
/// rewrites that footer in place, so a file cut short by Ctrl+C cannot be resumed. The spool can:
/// it is append-only text, truncated to the last checkpoint on resume. The conversion reads it back
/// in row groups of <see cref="RowGroupSize"/>, so memory stays bounded whatever the harvest's size.</remarks>
internal sealed class ParquetOffreWriter : IOffreWriter
{
    /// <summary>Rows per Parquet row group.</summary>
    public const int RowGroupSize = 10_000;

    private readonly string _path;
    private readonly string _spoolPath;
    private readonly JsonLinesOffreWriter _spool;
    private bool _spoolClosed;

    /// <summary>Opens the spool for appending.</summary>
    /// <param name="path">The final Parquet file.</param>
    /// <param name="spoolPath">The JSON Lines spool.</param>
    public ParquetOffreWriter(string path, string spoolPath)
    {
        _path = path;
        _spoolPath = spoolPath;
        _spool = new JsonLinesOffreWriter(spoolPath);
    }

    /// <inheritdoc/>
    public ValueTask WriteAsync(Offre offre, CancellationToken cancellationToken = default) => _spool.WriteAsync(offre, cancellationToken);

    /// <inheritdoc/>
    public ValueTask<long> FlushAsync(CancellationToken cancellationToken = default) => _spool.FlushAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        // Close the spool before reading it back: Windows refuses to read or delete a file open for writing.
        await CloseSpoolAsync().ConfigureAwait(false);
        await ConvertAsync(_spoolPath, _path, cancellationToken).ConfigureAwait(false);
        File.Delete(_spoolPath);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => CloseSpoolAsync();

    private ValueTask CloseSpoolAsync()
    {
        if (_spoolClosed)
        {
            return ValueTask.CompletedTask;
        }

        _spoolClosed = true;
        return _spool.DisposeAsync();
    }

    /// <summary>Converts a JSON Lines file of offers into a Parquet file of flattened rows.</summary>
    /// <param name="jsonLinesPath">The source.</param>
    /// <param name="parquetPath">The target, replaced when it exists.</param>
    /// <param name="cancellationToken">Cancels the conversion.</param>
    /// <returns>The number of rows written.</returns>
    public static async Task<long> ConvertAsync(string jsonLinesPath, string parquetPath, CancellationToken cancellationToken = default)
    {
        var temporary = parquetPath + ".tmp";
        long rows = 0;
        await using (var target = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            var batch = new List<OffreRecord>(RowGroupSize);
            await foreach (var offre in ReadJsonLinesAsync(jsonLinesPath, cancellationToken).ConfigureAwait(false))
            {
                batch.Add(OffreRecord.From(offre));
                if (batch.Count == RowGroupSize)
                {
                    await WriteRowGroupAsync(batch, target, append: rows > 0, cancellationToken).ConfigureAwait(false);
                    rows += batch.Count;
                    batch.Clear();
                }
            }

            // An empty harvest still gets a valid file with the schema and no rows.
            if (batch.Count > 0 || rows == 0)
            {
                await WriteRowGroupAsync(batch, target, append: rows > 0, cancellationToken).ConfigureAwait(false);
                rows += batch.Count;
            }
        }

        File.Move(temporary, parquetPath, overwrite: true);
        return rows;
    }

    /// <summary>Reads the offers of a JSON Lines file, skipping blank lines.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The offers, in file order.</returns>
    public static async IAsyncEnumerable<Offre> ReadJsonLinesAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonSerializer.Deserialize(line, OffresEmploiJsonContext.Default.Offre)
                    ?? throw new InvalidDataException($"{path}: a line holds 'null' instead of an offer.");
            }
        }
    }

    private static async Task WriteRowGroupAsync(List<OffreRecord> rows, FileStream target, bool append, CancellationToken cancellationToken)
    {
        target.Position = append ? target.Position : 0;
        await using var writer = await ParquetWriter.CreateAsync(ParquetColumns.Schema, target, null, append, cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        foreach (var column in ParquetColumns.All)
        {
            await column.WriteAsync(group, rows, cancellationToken).ConfigureAwait(false);
        }
    }
}
