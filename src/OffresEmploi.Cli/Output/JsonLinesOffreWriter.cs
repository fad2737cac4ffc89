using System.Text.Encodings.Web;
using System.Text.Json;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Cli.Output;

/// <summary>Writes each offer as one JSON object per line, exactly the API's fields.</summary>
internal sealed class JsonLinesOffreWriter : IOffreWriter
{
    /// <summary>Keeps accents readable (é, not \u00e9); the output is data, never embedded in HTML.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;

    /// <summary>Opens the file for appending (creating it when missing).</summary>
    /// <param name="path">The file.</param>
    public JsonLinesOffreWriter(string path)
    {
        _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 64 * 1024);
        _json = new Utf8JsonWriter(_stream, WriterOptions);
    }

    /// <inheritdoc/>
    public ValueTask WriteAsync(Offre offre, CancellationToken cancellationToken = default)
    {
        JsonSerializer.Serialize(_json, offre, OffresEmploiJsonContext.Default.Offre);
        _json.Flush();
        _json.Reset();
        _stream.WriteByte((byte)'\n');
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public async ValueTask<long> FlushAsync(CancellationToken cancellationToken = default)
    {
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _stream.Flush(flushToDisk: true);
        return _stream.Length;
    }

    /// <inheritdoc/>
    public ValueTask CompleteAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
