using System.Globalization;
using System.Text.Json;

namespace OffresEmploi.Sdk.AI.Arguments;

/// <summary>
/// Reads the arguments of one call, whether they arrive as <see cref="JsonElement"/>s (MCP, most chat clients)
/// or as CLR values, and turns every mistake into a <see cref="ToolArgumentException"/> that names the
/// argument, says what is expected and what was received.
/// </summary>
/// <remarks>Hand-written instead of binding through reflection, so the messages help the model fix its call and Native AOT needs nothing.</remarks>
internal sealed class ToolArguments
{
    private readonly Dictionary<string, object?> _values;

    public ToolArguments(IEnumerable<KeyValuePair<string, object?>>? values, IReadOnlyCollection<string> knownNames)
    {
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values ?? [])
        {
            if (!knownNames.Contains(name))
            {
                throw new ToolArgumentException($"Unknown argument '{name}'. Valid arguments: {string.Join(", ", knownNames)}.");
            }

            if (!IsNull(value))
            {
                dictionary[name] = value;
            }
        }

        _values = dictionary;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? String(string name, int maxLength = 200)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        var text = value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => Text(e, name),
            JsonElement { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
            int or long or double or decimal => Convert.ToString(value, CultureInfo.InvariantCulture),
            _ => throw Invalid(name, "a string", value),
        };
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length <= maxLength
            ? text
            : throw new ToolArgumentException($"Invalid argument '{name}': at most {maxLength} characters.");
    }

    public string RequiredString(string name, int maxLength = 200) =>
        String(name, maxLength) ?? throw new ToolArgumentException($"Missing argument '{name}'.");

    public int? Integer(string name, int min, int max)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        long? number = value switch
        {
            int i => i,
            long l => l,
            double d when d == Math.Floor(d) && Math.Abs(d) < long.MaxValue => (long)d,
            JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var l) => l,
            JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) < long.MaxValue => (long)d,
            JsonElement { ValueKind: JsonValueKind.String } e when long.TryParse(Text(e, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            _ => null,
        };
        return number is { } n && n >= min && n <= max
            ? (int)n
            : throw Invalid(name, $"an integer from {min} to {max}", value);
    }

    public double? Number(string name, double min, double max)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        double? number = value switch
        {
            int i => i,
            long l => l,
            double d => d,
            float f => f,
            decimal m => (double)m,
            // 1e400 is valid JSON but no double: TryGetDouble refuses it where GetDouble would throw.
            JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetDouble(out var d) => d,
            JsonElement { ValueKind: JsonValueKind.String } e when double.TryParse(Text(e, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
        return number is { } n && double.IsFinite(n) && n >= min && n <= max
            ? n
            : throw Invalid(name, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", value);
    }

    public bool? Boolean(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        return value switch
        {
            bool b => b,
            JsonElement { ValueKind: JsonValueKind.True } => true,
            JsonElement { ValueKind: JsonValueKind.False } => false,
            JsonElement { ValueKind: JsonValueKind.String } e when bool.TryParse(Text(e, name), out var b) => b,
            string s when bool.TryParse(s, out var b) => b,
            _ => throw Invalid(name, "true or false", value),
        };
    }

    /// <summary>Reads an integer of the schema's <c>enum</c> <paramref name="allowed"/>.</summary>
    public int? IntegerChoice(string name, IReadOnlyList<int> allowed)
    {
        var number = Integer(name, allowed.Min(), allowed.Max());
        return number is not { } n || allowed.Contains(n)
            ? number
            : throw new ToolArgumentException($"Invalid argument '{name}': expected one of {string.Join(", ", allowed)} (got {n}).");
    }

    /// <summary>Reads one of <paramref name="allowed"/> (case-insensitive) and returns it as spelled there.</summary>
    public string? Choice(string name, IReadOnlyList<string> allowed)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        foreach (var candidate in allowed)
        {
            if (string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new ToolArgumentException($"Invalid argument '{name}': expected one of {string.Join(", ", allowed)} (got \"{Shorten(text)}\").");
    }

    /// <summary>Reads a list given as a JSON array or as one comma-separated string.</summary>
    public IReadOnlyList<string>? List(string name, int maxItems, int maxItemLength = 100)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        var items = new List<string>();
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    AddItem(name, items, item.ValueKind switch
                    {
                        JsonValueKind.String => Text(item, name),
                        JsonValueKind.Number => item.GetRawText(),
                        _ => throw Invalid(name, "an array of strings", value),
                    });
                }

                break;
            case JsonElement { ValueKind: JsonValueKind.String } single:
                SplitInto(name, items, Text(single, name));
                break;
            case string text:
                SplitInto(name, items, text);
                break;
            case IEnumerable<string> strings:
                foreach (var item in strings)
                {
                    AddItem(name, items, item);
                }

                break;
            case IEnumerable<object?> objects:
                foreach (var item in objects)
                {
                    AddItem(name, items, item switch
                    {
                        string s => s,
                        JsonElement { ValueKind: JsonValueKind.String } e => Text(e, name),
                        _ => throw Invalid(name, "an array of strings", value),
                    });
                }

                break;
            default:
                throw Invalid(name, "an array of strings", value);
        }

        if (items.Count > maxItems)
        {
            throw new ToolArgumentException($"Invalid argument '{name}': at most {maxItems} values (got {items.Count}).");
        }

        foreach (var item in items)
        {
            if (item.Length > maxItemLength)
            {
                throw new ToolArgumentException($"Invalid argument '{name}': each value has at most {maxItemLength} characters.");
            }
        }

        return items.Count == 0 ? null : items;
    }

    /// <summary>Reads a list whose values must come from <paramref name="allowed"/>; returns them as spelled there.</summary>
    public IReadOnlyList<string>? ChoiceList(string name, IReadOnlyList<string> allowed, int maxItems)
    {
        var items = List(name, maxItems);
        if (items is null)
        {
            return null;
        }

        var result = new List<string>(items.Count);
        foreach (var item in items)
        {
            var match = allowed.FirstOrDefault(a => string.Equals(a, item, StringComparison.OrdinalIgnoreCase))
                ?? throw new ToolArgumentException($"Invalid argument '{name}': \"{Shorten(item)}\" is not one of {string.Join(", ", allowed)}.");
            if (!result.Contains(match))
            {
                result.Add(match);
            }
        }

        return result;
    }

    private static void SplitInto(string name, List<string> items, string? text)
    {
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            AddItem(name, items, part);
        }
    }

    private static void AddItem(string name, List<string> items, string? item)
    {
        var trimmed = item?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new ToolArgumentException($"Invalid argument '{name}': values cannot be empty.");
        }

        items.Add(trimmed);
    }

    /// <summary>Reads a JSON string; an escaped unpaired surrogate (<c>"\uD83D"</c>) is valid JSON but no .NET string.</summary>
    private static string? Text(JsonElement element, string name)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new ToolArgumentException($"Invalid argument '{name}': the text holds an unpaired UTF-16 surrogate (\\uD800-\\uDFFF); send plain Unicode text.");
        }
    }

    private static bool IsNull(object? value) =>
        value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };

    private static ToolArgumentException Invalid(string name, string expected, object? value) =>
        new($"Invalid argument '{name}': expected {expected} (got {Describe(value)}).");

    private static string Describe(object? value) => value switch
    {
        JsonElement e => Shorten(e.GetRawText()),
        string s => $"\"{Shorten(s)}\"",
        null => "null",
        _ => Shorten(Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
