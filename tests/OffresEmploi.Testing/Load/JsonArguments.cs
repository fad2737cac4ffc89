using System.Buffers;
using System.Text.Json;

namespace OffresEmploi.Testing.Load;

/// <summary>Turns plain argument values into <see cref="JsonElement"/>s, so the MCP client serializes them without reflection.</summary>
internal static class JsonArguments
{
    public static IReadOnlyDictionary<string, object?> ToJson(IReadOnlyDictionary<string, object?> arguments) =>
        arguments.ToDictionary(a => a.Key, a => (object?)ToElement(a.Value), StringComparer.Ordinal);

    private static JsonElement ToElement(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case IEnumerable<string> texts:
                writer.WriteStartArray();
                foreach (var text in texts)
                {
                    writer.WriteStringValue(text);
                }

                writer.WriteEndArray();
                break;
            default: throw new ArgumentException($"Unsupported argument type {value.GetType().Name}.", nameof(value));
        }
    }
}
