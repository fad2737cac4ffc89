using System.Buffers.Text;
using System.Collections.Immutable;
using System.Text;
using CsCheck;

namespace OffresEmploi.Mcp.Tests.Properties;

/// <summary>One generated MCP <c>tools/call</c>: a tool name and its arguments as raw JSON.</summary>
internal sealed record ToolCall(string Tool, ImmutableList<(string Name, string Json)> Arguments)
{
    public override string ToString() =>
        $"{Tool}({string.Join(", ", Arguments.Select(a => $"{JsonValues.Print(JsonValues.Str(a.Name))}: {JsonValues.Print(a.Json)}"))})";
}

/// <summary>
/// Arguments for the five tools: for each declared argument, often absent, else a good value, a value of the right
/// type that is wrong, or anything at all; sometimes an undeclared argument.
/// </summary>
internal static class ToolCallGens
{
    private static readonly Gen<string> s_unknownName = Gen.OneOf("", " ", "Keywords", "keywords ", "query", "motsCles", "__proto__", "a.b", "😀", "constructor", new string('k', 500));

    public static Gen<ToolCall> For(string tool, IReadOnlyDictionary<string, (string Kind, Gen<string> Good)> arguments)
    {
        var gen = Gen.Const(ImmutableList<(string, string)>.Empty);
        foreach (var (name, (kind, good)) in arguments)
        {
            var value = Gen.Frequency<string>((3, good), (2, BadOfKind(kind)), (2, JsonValues.Any));
            var maybe = Gen.Frequency<(string, string)?>((3, Gen.Const(((string, string)?)null)), (2, value.Select(v => ((string, string)?)(name, v))));
            gen = Gen.Select(gen, maybe, (list, item) => item is { } x ? list.Add(x) : list);
        }

        var extra = Gen.Frequency<(string, string)?>((9, Gen.Const(((string, string)?)null)), (1, Gen.Select(s_unknownName, JsonValues.Any, (n, v) => ((string, string)?)(n, v))));
        return Gen.Select(gen, extra, (list, item) => new ToolCall(tool, item is { } x && !list.Any(a => a.Item1 == x.Item1) ? list.Add(x) : list));
    }

    /// <summary>Right JSON type, wrong value.</summary>
    private static Gen<string> BadOfKind(string kind) => kind switch
    {
        "integer" => Gen.OneOf("-1", "0", "201", "451", "1000000", "2.5", "1e400", "-0", "\"ten\"", "\"12\""),
        "number" => Gen.OneOf("-1", "-0.01", "1e400", "1e-400", "1000001", "\"2000€\"", "\"1,5\"", "\"NaN\""),
        "boolean" => Gen.OneOf("\"yes\"", "1", "0", "\"TRUE\"", "\"\""),
        "array" => Gen.Frequency<string>(
            (2, JsonValues.NastyText.Select(JsonValues.Str).Array[0, 8].Select(JsonValues.Array)),
            (1, Gen.OneOf(JsonValues.Array(Enumerable.Repeat(JsonValues.Str("74010"), 25)), "[[\"74010\"]]", "[{\"code\":\"74\"}]", "[null,\"74\"]", "[1,2,3]", "\"74010,,75056\""))),
        _ => JsonValues.Text,
    };

    public static string Cursor(string json) => JsonValues.Str(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json)));
}
