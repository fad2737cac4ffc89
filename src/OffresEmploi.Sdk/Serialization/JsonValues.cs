using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OffresEmploi.Sdk.Serialization;

/// <summary>Reads one JSON value for the generated model converters, with the rules of <see cref="OffresEmploiJsonContext"/>.</summary>
/// <remarks>
/// The rules are those of the source-generated metadata the converters replace: numbers may come as strings
/// (<c>AllowReadingFromString</c>), dates are ISO 8601, a wrong token is a <see cref="JsonException"/> naming the member.
/// </remarks>
internal static class JsonValues
{
    /// <summary>Reads an item of a list.</summary>
    public delegate T ItemReader<out T>(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Copies the current string or member name, unescaped (the slow path: escapes in names, segmented input).</summary>
    public static byte[] CopyUnescaped(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var buffer = new byte[length];
        var written = reader.CopyString(buffer);
        return written == length ? buffer : buffer.AsSpan(0, written).ToArray();
    }

    /// <summary>Checks that the reader is at the start of an object.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader, string type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {type}, got {reader.TokenType}.");
        }
    }

    /// <summary>Reads a string (or null) as a .NET string.</summary>
    public static string? ReadString(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw Unexpected(ref reader, member, "a string"),
    };

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, member, "true or false"),
    };

    /// <summary>Reads a 32-bit integer, written as a number or as a string.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader, string member) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number)
            ? number
            : ReadNumberString<int>(ref reader, member, NumberStyles.AllowLeadingSign, "a 32-bit integer");

    /// <summary>Reads a 64-bit integer, written as a number or as a string.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader, string member) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number)
            ? number
            : ReadNumberString<long>(ref reader, member, NumberStyles.AllowLeadingSign, "a 64-bit integer");

    /// <summary>Reads a finite double, written as a number or as a string.</summary>
    /// <remarks>
    /// Only finite values: <c>1e400</c> reads as infinity, which no JSON writer can write back (a model that cannot be
    /// saved or forwarded); the page is refused when read instead.
    /// </remarks>
    public static double ReadDouble(ref Utf8JsonReader reader, string member) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : ReadNumberString<double>(ref reader, member, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, "a number");

    /// <summary>Reads an ISO 8601 date and time.</summary>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader, string member) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)
            ? value
            : throw Unexpected(ref reader, member, "an ISO 8601 date");

    /// <summary>Reads an array (or null) whose items <paramref name="item"/> reads.</summary>
    public static List<T>? ReadList<T>(ref Utf8JsonReader reader, string member, ItemReader<T> item, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, member, "an array");
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(item(ref reader, options));
        }

        return list;
    }

    /// <summary>Reads a value of a type the converters do not special-case, through the options' metadata.</summary>
    public static T? ReadWith<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    /// <summary>Writes a value of a type the converters do not special-case, through the options' metadata.</summary>
    public static void WriteWith<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    /// <summary>The error for a token that does not fit the member.</summary>
    public static JsonException Unexpected(ref Utf8JsonReader reader, string member, string expected) =>
        new($"The JSON member '{member}' should be {expected}; got {reader.TokenType} at byte {reader.TokenStartIndex.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>
    /// Reads a number written as a string (<c>AllowReadingFromString</c>), or throws naming the member when the token
    /// is anything else, the text is not a number, or the number is not finite.
    /// </summary>
    private static T ReadNumberString<T>(ref Utf8JsonReader reader, string member, NumberStyles style, string expected)
        where T : struct, INumberBase<T>
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var parsed = !reader.ValueIsEscaped && !reader.HasValueSequence
                ? T.TryParse(reader.ValueSpan, style, CultureInfo.InvariantCulture, out var value)
                : T.TryParse(reader.GetString(), style, CultureInfo.InvariantCulture, out value);
            if (parsed && T.IsFinite(value))
            {
                return value;
            }
        }

        throw Unexpected(ref reader, member, expected);
    }
}
