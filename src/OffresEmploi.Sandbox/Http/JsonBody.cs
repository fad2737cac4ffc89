using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OffresEmploi.Sandbox.Http;

/// <summary>Writes JSON bodies the way the API does: UTF-8, accented letters unescaped.</summary>
internal static class JsonBody
{
    public const string MediaType = "application/json";

    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer, state);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
