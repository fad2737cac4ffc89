using CsvHelper;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Output;

/// <summary>Writes flattened offers as CSV (UTF-8, comma, RFC 4180 quoting), with a header on a new file.</summary>
internal sealed class CsvOffreWriter : IOffreWriter
{
    /// <summary>RFC 4180 with LF line ends; text that looks like a spreadsheet formula is escaped.</summary>
    internal static readonly CsvWriterOptions Options = new() { NewLine = "\n" };

    private readonly FileStream _stream;
    private readonly CsvWriter _csv;

    /// <summary>Opens the file for appending; the header is written only when the file is empty.</summary>
    /// <param name="path">The file.</param>
    public CsvOffreWriter(string path)
    {
        _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 64 * 1024);
        var isNew = _stream.Length == 0;
        _csv = CsvWriter.Create(_stream, Options, leaveOpen: true);
        if (isNew)
        {
            _csv.WriteHeader<OffreRecord>();
        }
    }

    /// <inheritdoc/>
    public ValueTask WriteAsync(Offre offre, CancellationToken cancellationToken = default) =>
        _csv.WriteRecordAsync(OffreRecord.From(offre), cancellationToken);

    /// <inheritdoc/>
    public async ValueTask<long> FlushAsync(CancellationToken cancellationToken = default)
    {
        await _csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        _stream.Flush(flushToDisk: true);
        return _stream.Length;
    }

    /// <inheritdoc/>
    public ValueTask CompleteAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
