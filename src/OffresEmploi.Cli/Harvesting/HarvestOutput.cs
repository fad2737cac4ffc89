using System.Text.Json;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Harvesting;

/// <summary>The output side of a harvest: opens or resumes the files, drops duplicate offers, checkpoints after each flush.</summary>
internal sealed class HarvestOutput : IAsyncDisposable
{
    private readonly HarvestFiles _files;
    private readonly string _query;
    private readonly TimeProvider _timeProvider;
    private readonly HashSet<string> _ids;
    private readonly IOffreWriter _writer;

    private HarvestOutput(HarvestFiles files, string query, TimeProvider timeProvider, HashSet<string> ids, OutputCheckpoint? resumed)
    {
        _files = files;
        _query = query;
        _timeProvider = timeProvider;
        _ids = ids;
        Resumed = resumed;
        _writer = files.OpenWriter();
    }

    /// <summary>The checkpoint this harvest resumed from, or null for a fresh start.</summary>
    public OutputCheckpoint? Resumed { get; }

    /// <summary>Offers in the output, including those found there on resume.</summary>
    public long Offers => _ids.Count;

    /// <summary>Offers received again and skipped (windows overlap, resumed pages).</summary>
    public long Duplicates { get; private set; }

    /// <summary>Opens the output: resumes from a checkpoint beside it, or starts a new file.</summary>
    /// <param name="files">The files.</param>
    /// <param name="query">The query's canonical text; a checkpoint from another query is refused.</param>
    /// <param name="force">Start over: delete an existing output and checkpoint.</param>
    /// <param name="timeProvider">The clock for checkpoint times.</param>
    /// <param name="cancellationToken">Cancels reading back the ids.</param>
    /// <returns>The open output.</returns>
    /// <exception cref="UsageException">The output exists without a checkpoint, or the checkpoint belongs to another query.</exception>
    public static async Task<HarvestOutput> OpenAsync(HarvestFiles files, string query, bool force, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        if (force)
        {
            DeleteAll(files);
        }

        var checkpoint = await ReadCheckpointAsync(files, cancellationToken);
        if (checkpoint is null)
        {
            if (File.Exists(files.OutputPath) || File.Exists(files.DataPath))
            {
                throw new UsageException($"{files.OutputPath} already exists and has no checkpoint to resume from; use --force to overwrite it.");
            }

            return new HarvestOutput(files, query, timeProvider, new HashSet<string>(StringComparer.Ordinal), null);
        }

        if (!string.Equals(checkpoint.Query, query, StringComparison.Ordinal) || checkpoint.Format != files.Format.ToString())
        {
            throw new UsageException($"{files.CheckpointPath} belongs to another harvest ({checkpoint.Query}); use the same filters to resume, or --force to start over.");
        }

        var length = File.Exists(files.DataPath) ? new FileInfo(files.DataPath).Length : 0;
        if (length < checkpoint.DataLength)
        {
            throw new UsageException($"{files.DataPath} is shorter than its checkpoint says; use --force to start over.");
        }

        // Drop whatever was written after the last checkpoint: possibly half a record.
        if (length > checkpoint.DataLength)
        {
            await using var stream = new FileStream(files.DataPath, FileMode.Open, FileAccess.Write);
            stream.SetLength(checkpoint.DataLength);
        }

        var ids = await OffreIdReader.ReadAsync(files.DataPath, files.DataFormat, cancellationToken);
        return new HarvestOutput(files, query, timeProvider, new HashSet<string>(ids, StringComparer.Ordinal), checkpoint);
    }

    /// <summary>Appends the offers not written yet.</summary>
    /// <param name="offres">A page of offers.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of new offers written.</returns>
    public async Task<int> WriteAsync(IEnumerable<Offre> offres, CancellationToken cancellationToken = default)
    {
        var written = 0;
        foreach (var offre in offres)
        {
            if (offre.Id is null || !_ids.Add(offre.Id))
            {
                Duplicates++;
                continue;
            }

            await _writer.WriteAsync(offre, cancellationToken);
            written++;
        }

        return written;
    }

    /// <summary>Makes everything written durable and records it in the checkpoint.</summary>
    /// <param name="harvesterState">The harvester's resume state, when it has one.</param>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the checkpoint is on disk.</returns>
    public async Task CheckpointAsync(string? harvesterState, CancellationToken cancellationToken = default)
    {
        // Not cancellable once started: a checkpoint must match what the data file holds.
        var length = await _writer.FlushAsync(CancellationToken.None);
        var checkpoint = new OutputCheckpoint
        {
            Query = _query,
            Format = _files.Format.ToString(),
            DataLength = length,
            Offers = _ids.Count,
            HarvesterState = harvesterState,
            UpdatedAt = _timeProvider.GetUtcNow(),
        };
        var temporary = _files.CheckpointPath + ".tmp";
        await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(checkpoint, CliJsonContext.Default.OutputCheckpoint), CancellationToken.None);
        File.Move(temporary, _files.CheckpointPath, overwrite: true);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Finishes the output (Parquet is converted here) and removes the checkpoint.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the output is final.</returns>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        _ = await _writer.FlushAsync(cancellationToken);
        await _writer.CompleteAsync(cancellationToken);
        File.Delete(_files.CheckpointPath);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private static async Task<OutputCheckpoint?> ReadCheckpointAsync(HarvestFiles files, CancellationToken cancellationToken)
    {
        if (!File.Exists(files.CheckpointPath))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(files.CheckpointPath);
            return await JsonSerializer.DeserializeAsync(stream, CliJsonContext.Default.OutputCheckpoint, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new UsageException($"{files.CheckpointPath} cannot be read ({exception.Message}); use --force to start over.", exception);
        }
    }

    private static void DeleteAll(HarvestFiles files)
    {
        foreach (var path in new[] { files.OutputPath, files.DataPath, files.CheckpointPath })
        {
            File.Delete(path);
        }
    }
}
