using System.Text;
using System.Text.Json;
using CsCheck;

namespace OffresEmploi.Mcp.Tests.Properties;

/// <summary>Raw JSON values a model might send: wrong types, extreme numbers, nulls, huge and nested values, hostile text.</summary>
/// <remarks>Values are JSON text (not nodes), so one generated value can be printed as is and parsed fresh for each call.</remarks>
internal static class JsonValues
{
    public static Gen<string> NastyText { get; } = Gen.Frequency<string>(
        (3, Gen.OneOf(
            "", " ", "\t", "\n", "\u0000", "\u007F", "\u00A0", "\u2028", "\u200B", "\uFEFF", ",", ",,", "a,b", "%", "%00", "&", "=", "?", "#",
            "+", "/", "\\", "..", "'", "\"", "<script>", "é", "e\u0301", "ß", "İ", "😀", "٣", "１", "null", "undefined", "-1", "0", "NaN",
            "Infinity", "1e400", "true", "SELECT * FROM offres", "{{cursor}}", "Annecy", "Paris", "74", "2A", "CDI", "M1805")),
        (1, Gen.Char.AlphaNumeric.Array[0, 8].Select(c => new string(c))),
        (1, Gen.String[0, 16]));

    public static Gen<string> Text { get; } = Gen.Frequency<string>(
        (6, NastyText.Select(Str)),
        (1, Gen.OneOf(Str(new string('a', 20_000)), Str(string.Concat(Enumerable.Repeat("é😀", 3_000))))));

    public static Gen<string> Number { get; } = Gen.OneOf(
        "0", "-0", "1", "-1", "2", "1.5", "10", "31", "50", "99", "100", "201", "451", "1000000", "2147483648", "-2147483649",
        "9223372036854775808", "12345678901234567890123456789", "1e400", "-1e400", "1e-400", "0.0000001", "3.0", "1E2");

    public static Gen<string> Scalar { get; } = Gen.Frequency<string>(
        (3, Text), (3, Number), (1, Gen.OneOf("true", "false", "null")));

    /// <summary>Any value: scalars, arrays (empty, mixed, huge) and objects, nested up to 20 levels.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency<string>(
        (4, Scalar),
        (1, Scalar.Array[0, 6].Select(Array)),
        (1, Gen.Select(NastyText, Scalar).Array[0, 4].Select(p => "{" + string.Join(",", p.Select(x => Str(x.Item1) + ":" + x.Item2)) + "}")),
        (1, Gen.OneOf(
            "[]", "{}", "[null]", "[[]]", "[{}]", "{\"a\":{\"b\":{\"c\":[1,2,{\"d\":null}]}}}",
            Array(Enumerable.Repeat(Str("M1805"), 5_000)), Array(Enumerable.Range(0, 300).Select(i => Str("x" + i))),
            new string('[', 20) + new string(']', 20))));

    /// <summary>A JSON string. Unpaired surrogates become U+FFFD: the MCP client's JSON writer cannot send them at all
    /// (the tools refuse them when called directly as AI functions).</summary>
    public static string Str(string text) => JsonSerializer.Serialize(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));

    public static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    /// <summary>Shortens long strings and arrays so a counterexample stays readable.</summary>
    public static string Print(string json)
    {
        if (json.Length <= 120)
        {
            return json;
        }

        var builder = new StringBuilder(json.AsSpan(0, 100).ToString());
        return builder.Append($"…(+{json.Length - 100} chars)").ToString();
    }
}
