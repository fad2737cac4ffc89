using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.ContractCheck;

/// <summary>
/// Compares a JSON answer with the SDK's generated models, member by member: members the models lack, required ones
/// missing, values of another JSON type, codes outside the code lists. The models come from <c>spec/</c>, so this is
/// the spec as the SDK was built from it (the same metadata the SDK reads with; no reflection, AOT-safe).
/// </summary>
internal static class JsonContractWalker
{
    /// <summary>A difference found at a JSON path.</summary>
    public readonly record struct Difference(ContractFindingKind Kind, string Path, string? Seen, string Expected);

    /// <summary>Walks <paramref name="element"/> as <paramref name="typeInfo"/> and lists every difference.</summary>
    public static IReadOnlyList<Difference> Walk(JsonElement element, JsonTypeInfo typeInfo)
    {
        var differences = new List<Difference>();
        Walk(element, typeInfo, "$", differences);
        return differences;
    }

    private static void Walk(JsonElement element, JsonTypeInfo typeInfo, string path, List<Difference> differences)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    differences.Add(new(ContractFindingKind.TypeChanged, path, Show(element), $"an object ({typeInfo.Type.Name})"));
                    return;
                }

                WalkObject(element, typeInfo, path, differences);
                return;
            case JsonTypeInfoKind.Enumerable:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    differences.Add(new(ContractFindingKind.TypeChanged, path, Show(element), "an array"));
                    return;
                }

                var itemInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, itemInfo, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), differences);
                }

                return;
            case JsonTypeInfoKind.Dictionary:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    differences.Add(new(ContractFindingKind.TypeChanged, path, Show(element), "an object (a map)"));
                    return;
                }

                var valueInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
                foreach (var member in element.EnumerateObject())
                {
                    Walk(member.Value, valueInfo, $"{path}.{member.Name}", differences);
                }

                return;
            default:
                WalkValue(element, typeInfo, path, differences);
                return;
        }
    }

    private static void WalkObject(JsonElement element, JsonTypeInfo typeInfo, string path, List<Difference> differences)
    {
        var properties = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
        foreach (var property in typeInfo.Properties)
        {
            properties[property.Name] = property;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            _ = seen.Add(member.Name);
            if (properties.TryGetValue(member.Name, out var property))
            {
                Walk(member.Value, typeInfo.Options.GetTypeInfo(property.PropertyType), $"{path}.{member.Name}", differences);
            }
            else
            {
                differences.Add(new(ContractFindingKind.UnknownMember, $"{path}.{member.Name}", Show(member.Value), $"no member '{member.Name}' in {typeInfo.Type.Name}"));
            }
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
            {
                differences.Add(new(ContractFindingKind.MissingMember, $"{path}.{property.Name}", null, $"'{property.Name}' is required in {typeInfo.Type.Name}"));
            }
        }
    }

    private static void WalkValue(JsonElement element, JsonTypeInfo typeInfo, string path, List<Difference> differences)
    {
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        var expected = ExpectedKind(type);
        if (expected is { } kind && !Matches(element.ValueKind, kind))
        {
            differences.Add(new(ContractFindingKind.TypeChanged, path, Show(element), Describe(kind, type)));
            return;
        }

        object? value;
        try
        {
            // Read as the SDK reads it: through the type's own converter.
            value = element.Deserialize(typeInfo);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            differences.Add(new(ContractFindingKind.TypeChanged, path, Show(element), $"a value the SDK reads as {type.Name}"));
            return;
        }

        if (value is ICodeValue { IsKnown: false } code)
        {
            differences.Add(new(ContractFindingKind.UnknownCode, path, code.Value, $"not one of the known codes of {type.Name}"));
        }
    }

    private static JsonValueKind? ExpectedKind(Type type) =>
        type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly) || typeof(ICodeValue).IsAssignableFrom(type)
            ? JsonValueKind.String
            : type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) || type == typeof(float)
                ? JsonValueKind.Number
                : type == typeof(bool) ? JsonValueKind.True : null;

    private static bool Matches(JsonValueKind actual, JsonValueKind expected) =>
        actual == expected || (expected == JsonValueKind.True && actual == JsonValueKind.False);

    private static string Describe(JsonValueKind kind, Type type) => kind switch
    {
        JsonValueKind.String => $"a string ({type.Name})",
        JsonValueKind.Number => $"a number ({type.Name})",
        _ => "true or false",
    };

    /// <summary>A short text of what the API sent: strings cut at 80 characters (offer texts can be long).</summary>
    internal static string Show(JsonElement element) =>
        Shorten(element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : element.GetRawText(), 80);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="most"/> characters, ending with "..." when cut.</summary>
    internal static string Shorten(string text, int most) =>
        text.Length <= most ? text : string.Concat(text.AsSpan(0, most - 3), "...");
}
