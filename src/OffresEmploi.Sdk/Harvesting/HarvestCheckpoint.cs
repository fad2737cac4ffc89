using System.Text.Json;
using System.Text.Json.Serialization;

namespace OffresEmploi.Sdk.Models;

/// <summary>
/// Where an interrupted complete retrieval can resume: the date window it was walking and the offers
/// of that window already yielded, so that a resumed run yields neither a duplicate nor a gap.
/// </summary>
/// <remarks>
/// Save it after each page you have stored (<see cref="OffresPageable.Checkpoint"/>), and pass it back
/// through <see cref="HarvestOptions.ResumeFrom"/> with the same request. Its size is bounded by the range
/// cap (at most 3,150 ids), whatever the size of the result set.
/// </remarks>
public sealed record HarvestCheckpoint
{
    /// <summary>Gets the format version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Gets the total the API reported for the whole query at the start of the run.</summary>
    public long ExpectedTotal { get; init; }

    /// <summary>Gets whether the run splits the set by creation date (the set exceeds the range cap).</summary>
    public bool SplitByDate { get; init; }

    /// <summary>Gets the oldest creation date of the run (date splitting only).</summary>
    public DateTimeOffset? Lower { get; init; }

    /// <summary>Gets the newest creation date of the current window (date splitting only).</summary>
    public DateTimeOffset? WindowEnd { get; init; }

    /// <summary>Gets the ids of the current window already yielded.</summary>
    public IReadOnlyList<string> YieldedInWindow { get; init; } = [];

    /// <summary>Gets the distinct offers yielded before this checkpoint.</summary>
    public long Yielded { get; init; }

    /// <summary>Gets the duplicates skipped before this checkpoint.</summary>
    public long DuplicatesSkipped { get; init; }

    /// <summary>Gets the requests sent before this checkpoint.</summary>
    public int Requests { get; init; }

    /// <summary>Gets the pages requested again after a pause before this checkpoint.</summary>
    public int PageRetries { get; init; }

    /// <summary>Gets the windows started before this checkpoint.</summary>
    public int Windows { get; init; }

    /// <summary>Gets the windows re-walked before this checkpoint.</summary>
    public int WindowsRewalked { get; init; }

    /// <summary>Gets the unreachable offers counted before this checkpoint.</summary>
    public long Unreachable { get; init; }

    /// <summary>Serialises the checkpoint to JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, HarvestJsonContext.Default.HarvestCheckpoint);

    /// <summary>Reads a checkpoint written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="FormatException">The text is not a checkpoint of a supported version.</exception>
    public static HarvestCheckpoint FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        HarvestCheckpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize(json, HarvestJsonContext.Default.HarvestCheckpoint);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The text is not a harvest checkpoint: " + ex.Message, ex);
        }

        return checkpoint is { Version: 1 }
            ? checkpoint
            : throw new FormatException("The text is not a harvest checkpoint of version 1.");
    }
}

[JsonSerializable(typeof(HarvestCheckpoint))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class HarvestJsonContext : JsonSerializerContext;
