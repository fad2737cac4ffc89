using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>
/// Generators of damaged bodies from a real-shaped one: truncation, byte flips, insertions and deletions, JSON values
/// replaced by the wrong type or absurd numbers, deep nesting, invalid UTF-8, empty, HTML and random bytes.
/// </summary>
internal static class BodyMutations
{
    /// <summary>Values that replace a JSON value: wrong types, huge and negative numbers, nulls, containers.</summary>
    private static readonly string[] Replacements =
    [
        "null", "true", "0", "-1", "-2147483649", "2147483648", "9223372036854775808", "1e400", "-1e400", "1.5", "\"\"",
        "\"x\"", "\"2026-13-45T99:99:99Z\"", "\"NaN\"", "[]", "{}", "[null]", "[1,2,3]", "{\"a\":{}}", "\"\\ud800\"",
        "99999999999999999999999999999999999999", "\"" + new string('é', 3000) + "\"",
    ];

    private static readonly byte[][] InvalidUtf8 = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x00]];

    private const string Html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>";

    /// <summary>One damaged version of <paramref name="seed"/>; the string says what was done, for failure reports.</summary>
    public static Gen<(string What, byte[] Body)> Of(byte[] seed) => Gen.Frequency(
        (4, Truncate(seed)),
        (4, Flip(seed)),
        (3, Insert(seed)),
        (3, Delete(seed)),
        (6, ReplaceValue(seed)),
        (1, Gen.OneOf(Deep('['), Deep('{'))),
        (2, Gen.Const(("empty", Array.Empty<byte>()))),
        (1, Gen.Const(("html", Encoding.UTF8.GetBytes(Html)))),
        (1, Gen.Byte.Array[0, 512].Select(b => ("random bytes", b))),
        (1, Gen.Const(("whitespace", Encoding.UTF8.GetBytes(new string(' ', 10_000))))),
        (1, Gen.Const(("seed unchanged", seed))));

    private static Gen<(string, byte[])> Truncate(byte[] seed) =>
        Gen.Int[0, Math.Max(0, seed.Length - 1)].Select(n => ($"truncated at {n}", seed[..n]));

    private static Gen<(string, byte[])> Flip(byte[] seed) =>
        Gen.Select(Gen.Int[0, seed.Length - 1].Array[1, 8], Gen.Int[0, 7], (positions, bit) =>
        {
            var copy = (byte[])seed.Clone();
            foreach (var p in positions)
            {
                copy[p] ^= (byte)(1 << bit);
            }

            return ($"bit {bit} flipped at {string.Join(',', positions)}", copy);
        });

    private static Gen<(string, byte[])> Insert(byte[] seed) =>
        Gen.Select(Gen.Int[0, seed.Length], Inserted, (at, bytes) =>
            ($"inserted {Convert.ToHexString(bytes)} at {at}", (byte[])[.. seed[..at], .. bytes, .. seed[at..]]));

    private static readonly Gen<byte[]> Inserted = Gen.Frequency(
        (3, (Gen<byte[]>)Gen.Byte.Array[1, 16]),
        (2, Gen.Int[0, InvalidUtf8.Length - 1].Select(i => InvalidUtf8[i])),
        (1, Gen.OneOf<byte[]>("{"u8.ToArray(), "\""u8.ToArray(), ","u8.ToArray())));

    private static Gen<(string, byte[])> Delete(byte[] seed) =>
        Gen.Select(Gen.Int[0, seed.Length - 1], Gen.Int[1, 64], (at, length) =>
        {
            var end = Math.Min(seed.Length, at + length);
            return ($"deleted {at}..{end}", (byte[])[.. seed[..at], .. seed[end..]]);
        });

    private static Gen<(string, byte[])> ReplaceValue(byte[] seed)
    {
        var root = JsonNode.Parse(seed)!;
        var paths = new List<string>();
        Walk(root, "$", paths);
        return Gen.Select(Gen.Int[0, paths.Count - 1], Gen.Int[0, Replacements.Length - 1], (p, r) =>
        {
            var copy = JsonNode.Parse(seed)!;
            var replacement = Replacements[r];
            var text = paths[p] == "$" ? replacement : Replace(copy, paths[p], replacement);
            return ($"{paths[p]} := {Shorten(replacement)}", Encoding.UTF8.GetBytes(text));
        });
    }

    private static Gen<(string, byte[])> Deep(char open) => Gen.Int[100, 100_000].Select(depth =>
    {
        var close = open == '[' ? ']' : '}';
        var builder = new StringBuilder("{\"resultats\":");
        for (var i = 0; i < depth; i++)
        {
            _ = builder.Append(open == '[' ? "[" : "{\"a\":");
        }

        _ = builder.Append('1');
        for (var i = 0; i < depth; i++)
        {
            _ = builder.Append(close);
        }

        return ($"nested {open} x{depth}", Encoding.UTF8.GetBytes(builder.Append('}').ToString()));
    });

    private static void Walk(JsonNode? node, string path, List<string> paths)
    {
        if (node is null)
        {
            return;
        }

        paths.Add(path);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Walk(value, path + "." + key, paths);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", paths);
                }

                break;
        }
    }

    /// <summary>Replaces the node at <paramref name="path"/> by raw JSON text, through a placeholder (a JsonNode cannot hold invalid numbers like 1e400).</summary>
    private static string Replace(JsonNode root, string path, string replacement)
    {
        const string Placeholder = "__FUZZ_PLACEHOLDER__";
        var target = Find(root, path);
        var marker = JsonValue.Create(Placeholder);
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = marker;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = marker;
                break;
        }

        return root.ToJsonString().Replace("\"" + Placeholder + "\"", replacement, StringComparison.Ordinal);
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        // Paths are rebuilt by walking again: simpler than parsing them, and the tree is small.
        var all = new List<(string Path, JsonNode? Node)>();
        Collect(root, "$", all);
        return all.First(p => p.Path == path).Node!;
    }

    private static void Collect(JsonNode? node, string path, List<(string, JsonNode?)> all)
    {
        all.Add((path, node));
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                Collect(value, path + "." + key, all);
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Collect(array[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", all);
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
