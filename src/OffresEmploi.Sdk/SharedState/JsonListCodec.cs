using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OffresEmploi.Sdk.SharedState;

/// <summary>Writes a referentiel's item list as JSON (the SDK's source-generated metadata, so AOT-safe) for a fixed lifetime.</summary>
/// <typeparam name="TItem">The item type.</typeparam>
/// <param name="typeInfo">The list's JSON metadata.</param>
/// <param name="lifetime">How long the store keeps it: <see cref="OffresEmploiOptions.ReferentielCacheLifetime"/>.</param>
internal sealed class JsonListCodec<TItem>(JsonTypeInfo<IReadOnlyList<TItem>> typeInfo, TimeSpan lifetime) : SharedCodec<object>
{
    /// <inheritdoc />
    public override byte[] Write(object value, out TimeSpan timeToLive)
    {
        timeToLive = lifetime;
        return JsonSerializer.SerializeToUtf8Bytes((IReadOnlyList<TItem>)value, typeInfo);
    }

    /// <inheritdoc />
    public override object? Read(ReadOnlySpan<byte> stored)
    {
        try
        {
            return JsonSerializer.Deserialize(stored, typeInfo);
        }
        catch (JsonException)
        {
            // Written by another version of the SDK: fetch it again.
            return null;
        }
    }
}
