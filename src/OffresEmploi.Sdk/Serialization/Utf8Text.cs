using System.Text;
using System.Text.Json;

namespace OffresEmploi.Sdk.Serialization;

/// <summary>
/// The value of a string member of a model: a .NET string, or the member's bytes as read from the API, turned into a
/// string the first time it is read.
/// </summary>
/// <remarks>
/// <para>
/// Most of a search page is text (descriptions, labels) that many callers never read, and most of it is escaped
/// (every line break is <c>\n</c>). Keeping the bytes as they came makes parsing a page cost little more than
/// tokenizing it; unread text stays at about half the memory of a .NET string. A read replaces the bytes by the
/// string, so each member is decoded at most once per copy; two threads reading at once may both decode, which is
/// harmless (equal strings, atomic reference writes).
/// </para>
/// <para>
/// The bytes are either the unescaped UTF-8 text, or, when the JSON string had escapes, the JSON string itself
/// with its quotes. The two cannot be confused: unescaped text never holds a quote byte, and a quoted form always
/// starts with one. Bytes that are not valid UTF-8 read as U+FFFD, as <see cref="Encoding.UTF8"/> decodes them,
/// rather than failing the whole page for one member.
/// </para>
/// <para>Equality compares the text, so records holding these compare as they did with plain strings.</para>
/// </remarks>
internal struct Utf8Text : IEquatable<Utf8Text>
{
    private const byte Quote = (byte)'"';

    // null, a string, or a byte[] (unescaped UTF-8, or a quoted JSON string with escapes).
    private object? _value;

    /// <summary>Wraps a string (or null).</summary>
    public Utf8Text(string? value) => _value = value;

    private Utf8Text(byte[] bytes) => _value = bytes;

    /// <summary>Gets the text, decoding (once) the bytes read from JSON.</summary>
    public string? Value
    {
        get
        {
            var value = _value;
            if (value is byte[] bytes)
            {
                var text = Decode(bytes);
                _value = text;
                return text;
            }

            return (string?)value;
        }
    }

    /// <summary>Gets a value indicating whether the text is null.</summary>
    public readonly bool IsNull => _value is null;

    /// <summary>Reads a JSON string (or null) without decoding it.</summary>
    /// <exception cref="JsonException">The token is neither a string nor null.</exception>
    public static Utf8Text Read(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValues.Unexpected(ref reader, member, "a string");
        }

        if (reader.HasValueSequence)
        {
            // Only when the serializer reads from a segmented buffer: unescape now, it is rare.
            return new Utf8Text(JsonValues.CopyUnescaped(ref reader));
        }

        var span = reader.ValueSpan;
        if (span.IsEmpty)
        {
            return new Utf8Text(string.Empty);
        }

        if (!reader.ValueIsEscaped)
        {
            return new Utf8Text(span.ToArray());
        }

        var quoted = new byte[span.Length + 2];
        quoted[0] = Quote;
        span.CopyTo(quoted.AsSpan(1));
        quoted[^1] = Quote;
        return new Utf8Text(quoted);
    }

    /// <summary>Writes the text as a JSON string.</summary>
    public readonly void Write(Utf8JsonWriter writer)
    {
        switch (_value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case byte[] bytes when bytes.Length == 0 || bytes[0] != Quote:
                writer.WriteStringValue(bytes);
                break;
            case byte[] quoted:
                writer.WriteStringValue(Decode(quoted));
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <inheritdoc/>
    public readonly bool Equals(Utf8Text other) => (_value, other._value) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string left, string right) => string.Equals(left, right, StringComparison.Ordinal),
        _ => string.Equals(Text(_value), Text(other._value), StringComparison.Ordinal),
    };

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is Utf8Text other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode() => Text(_value) is { } text ? StringComparer.Ordinal.GetHashCode(text) : 0;

    /// <inheritdoc/>
    public override readonly string ToString() => Text(_value) ?? string.Empty;

    private static string? Text(object? value) => value is byte[] bytes ? Decode(bytes) : (string?)value;

    private static string Decode(byte[] bytes)
    {
        if (bytes.Length == 0 || bytes[0] != Quote)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // A JSON string with escapes, quotes included: let the reader unescape it.
        var reader = new Utf8JsonReader(bytes);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(bytes);
        }
        catch (Exception exception) when (exception is InvalidOperationException or JsonException)
        {
            // Invalid UTF-8 or a lone surrogate escape: decode leniently rather than fail a read of the property.
            return Encoding.UTF8.GetString(bytes.AsSpan(1, bytes.Length - 2));
        }
    }
}
