using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OffresEmploi.Sdk.SharedState;

/// <summary>Writes a value as JSON with the SDK's source-generated metadata (AOT-safe) for a fixed lifetime.</summary>
/// <param name="typeInfo">The value's JSON metadata (a referentiel's item list).</param>
/// <param name="lifetime">How long the store keeps it: <see cref="OffresEmploiOptions.ReferentielCacheLifetime"/>.</param>
internal sealed class JsonCodec(JsonTypeInfo typeInfo, TimeSpan lifetime) : SharedCodec<object>
{
    /// <inheritdoc />
    public override byte[] Write(object value, out TimeSpan timeToLive)
    {
        timeToLive = lifetime;
        return JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
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
