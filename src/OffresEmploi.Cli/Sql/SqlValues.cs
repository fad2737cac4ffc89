using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace OffresEmploi.Cli.Sql;

/// <summary>DuckDB's values as <c>offres sql</c> prints them: invariant text for the table and CSV, JSON for <c>--json</c>.</summary>
/// <remarks>Times are written as stored: the sync's are UTC <c>TIMESTAMP</c>s without a zone.</remarks>
internal static class SqlValues
{
    /// <summary>Whether values of this type are numbers (right-aligned in the table, bare in JSON).</summary>
    /// <param name="type">The column's .NET type.</param>
    /// <returns>True for numbers.</returns>
    public static bool IsNumber(Type type) =>
        type == typeof(byte) || type == typeof(sbyte) || type == typeof(short) || type == typeof(ushort) || type == typeof(int) || type == typeof(uint) ||
        type == typeof(long) || type == typeof(ulong) || type == typeof(float) || type == typeof(double) || type == typeof(decimal) ||
        type == typeof(BigInteger) || type == typeof(Int128) || type == typeof(UInt128);

    /// <summary>A value as text; null and DBNull are empty.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Text(object? value) => value switch
    {
        null or DBNull => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : t.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFzzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(k => $"{Text(k)}: {Text(map[k])}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Writes a value as JSON: numbers and booleans bare, lists as arrays, structs and maps as objects, the rest as text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d when !double.IsFinite(d):
            case float f when !float.IsFinite(f):
                writer.WriteStringValue(Text(value));
                break;
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal or BigInteger or Int128 or UInt128:
                writer.WriteRawValue(Text(value), skipInputValidation: true);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (var key in map.Keys)
                {
                    writer.WritePropertyName(Text(key));
                    WriteJson(writer, map[key]);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list and not byte[]:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Text(value));
                break;
        }
    }

    /// <summary>The first line of a DuckDB error, without its "Error: " noise duplicated.</summary>
    /// <param name="message">DuckDB's message.</param>
    /// <returns>One line.</returns>
    public static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return new StringBuilder(line).Replace("\r", "").ToString();
    }
}
