using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Output;

/// <summary>Appends offers to a file, one at a time, and makes them durable on demand.</summary>
internal interface IOffreWriter : IAsyncDisposable
{
    /// <summary>Appends one offer.</summary>
    /// <param name="offre">The offer.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the offer is buffered.</returns>
    ValueTask WriteAsync(Offre offre, CancellationToken cancellationToken = default);

    /// <summary>Writes everything buffered to disk.</summary>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>The length of the data file, which holds only whole records at this point.</returns>
    ValueTask<long> FlushAsync(CancellationToken cancellationToken = default);

    /// <summary>Finishes the file once every offer is written (Parquet converts its spool here).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the output is final.</returns>
    ValueTask CompleteAsync(CancellationToken cancellationToken = default);
}
