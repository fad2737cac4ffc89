using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OffresEmploi.CodeGen.Parsing;

/// <summary>Reads the generator's <c>x-</c> extensions (docs/codegen.md) from Microsoft.OpenApi elements.</summary>
internal static class SpecExtensions
{
    public const string CSharpName = "x-csharp-name";
    public const string CSharpMethod = "x-csharp-method";
    public const string CSharpQueryType = "x-csharp-query-type";
    public const string EnumVarNames = "x-enum-varnames";
    public const string EnumDescriptions = "x-enum-descriptions";
    public const string Referentiel = "x-referentiel";
    public const string ReferentielVarNames = "x-referentiel-varnames";

    /// <summary>
    /// On a schema: emit no type for it. For schemas the spec keeps as documentation while the SDK reads the body with
    /// its own internal type (the token endpoint's <c>AccessToken</c> and <c>ErreurOAuth</c>: the authentication code
    /// keeps the bearer token out of any public record), so no public, unused model is generated.
    /// </summary>
    public const string CSharpSkip = "x-csharp-skip";

    /// <summary>Returns the JSON value of an extension, or null when absent.</summary>
    public static JsonNode? Find(IDictionary<string, IOpenApiExtension>? extensions, string name) =>
        extensions is not null && extensions.TryGetValue(name, out var extension) && extension is JsonNodeExtension node
            ? node.Node
            : null;

    /// <summary>Whether the extension is present at all (whatever its value).</summary>
    public static bool Has(IDictionary<string, IOpenApiExtension>? extensions, string name) =>
        extensions is not null && extensions.ContainsKey(name);

    /// <summary>Reads a boolean extension; absent is false.</summary>
    /// <exception cref="SpecMappingException">The extension is present but not a boolean.</exception>
    public static bool IsTrue(IDictionary<string, IOpenApiExtension>? extensions, string name, SpecContext context, SpecPointer pointer)
    {
        if (!Has(extensions, name))
        {
            return false;
        }

        return Find(extensions, name) is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : throw context.Fail(pointer.Append(name), $"{name} must be true or false");
    }

    /// <summary>Reads a string extension.</summary>
    /// <exception cref="SpecMappingException">The extension is present but not a non-empty string.</exception>
    public static string? GetString(IDictionary<string, IOpenApiExtension>? extensions, string name, SpecContext context, SpecPointer pointer)
    {
        if (!Has(extensions, name))
        {
            return null;
        }

        return Find(extensions, name) is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text
            ? text
            : throw context.Fail(pointer.Append(name), $"{name} must be a non-empty string");
    }

    /// <summary>Reads an array-of-strings extension.</summary>
    public static IReadOnlyList<string>? GetStringArray(IDictionary<string, IOpenApiExtension>? extensions, string name, SpecContext context, SpecPointer pointer)
    {
        if (!Has(extensions, name))
        {
            return null;
        }

        if (Find(extensions, name) is not JsonArray array)
        {
            throw context.Fail(pointer.Append(name), $"{name} must be an array of strings");
        }

        var result = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            result.Add(array[i] is JsonValue item && item.GetValueKind() == JsonValueKind.String
                ? item.GetValue<string>()
                : throw context.Fail(pointer.Append(name).Append(i), $"{name} must contain only strings"));
        }

        return result;
    }

    /// <summary>Reads an object-of-strings extension (ordinal keys).</summary>
    public static IReadOnlyDictionary<string, string>? GetStringMap(IDictionary<string, IOpenApiExtension>? extensions, string name, SpecContext context, SpecPointer pointer)
    {
        if (!Has(extensions, name))
        {
            return null;
        }

        if (Find(extensions, name) is not JsonObject map)
        {
            throw context.Fail(pointer.Append(name), $"{name} must be an object mapping codes to C# names");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            result[key] = value is JsonValue item && item.GetValueKind() == JsonValueKind.String
                ? item.GetValue<string>()
                : throw context.Fail(pointer.Append(name).Append(key), $"{name} values must be strings");
        }

        return result;
    }
}
