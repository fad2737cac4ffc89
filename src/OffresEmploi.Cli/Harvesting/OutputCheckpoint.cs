namespace OffresEmploi.Cli.Harvesting;

/// <summary>What a harvest has durably written so far; saved beside the output (<c>FILE.checkpoint.json</c>) after every flush.</summary>
/// <remarks>The output file itself is the record of which offers are done: on resume it is cut back
/// to <see cref="DataLength"/> (dropping a record half-written when the process stopped) and its ids
/// are read again, so an offer is never written twice.</remarks>
internal sealed record OutputCheckpoint
{
    /// <summary>The checkpoint layout version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The query, as <see cref="Filters.SearchQuery.Summary"/> gives it; a resume must use the same one.</summary>
    public required string Query { get; init; }

    /// <summary>The output format.</summary>
    public required string Format { get; init; }

    /// <summary>The length in bytes of the data file at the last flush: only whole records.</summary>
    public long DataLength { get; init; }

    /// <summary>The number of offers in the data file at the last flush.</summary>
    public long Offers { get; init; }

    /// <summary>The SDK's resumption point (<c>OffresEmploi.Sdk.Models.HarvestCheckpoint</c> as JSON) at the last flush.</summary>
    public string? HarvesterState { get; init; }

    /// <summary>When the checkpoint was written.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
