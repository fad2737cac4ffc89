using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OffresEmploi.Cli.Output;

/// <summary>Compact JSON text with readable accents, for standard output.</summary>
internal static class JsonText
{
    /// <summary>Serializes a value on one line.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Its source-generated metadata.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => Serialize(value, typeInfo, indented: false);

    /// <summary>Serializes a value, indented or on one line.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Its source-generated metadata.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo, bool indented)
    {
        using var buffer = SerializeToUtf8(value, typeInfo, indented);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Serializes a value as UTF-8, for a caller that needs the bytes as well as the text.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Its source-generated metadata.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON, from position 0 to the stream's length of <see cref="MemoryStream.GetBuffer"/>.</returns>
    public static MemoryStream SerializeToUtf8<T>(T value, JsonTypeInfo<T> typeInfo, bool indented)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonLinesOffreWriter.WriterOptions with { Indented = indented }))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return buffer;
    }
}
