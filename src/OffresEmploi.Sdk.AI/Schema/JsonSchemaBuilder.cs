using System.Text.Json;
using System.Text.Json.Nodes;

namespace OffresEmploi.Sdk.AI.Schema;

/// <summary>Builds the small, hand-tuned JSON schemas the tools declare (every byte is read by the model on each request).</summary>
internal static class JsonSchemaBuilder
{
    public static JsonObject String(string description, int? maxLength = null)
    {
        var schema = new JsonObject { ["type"] = "string", ["description"] = description };
        if (maxLength is { } max)
        {
            schema["maxLength"] = max;
        }

        return schema;
    }

    public static JsonObject Integer(string description, int minimum, int maximum, int? defaultValue = null)
    {
        var schema = new JsonObject { ["type"] = "integer", ["description"] = description, ["minimum"] = minimum, ["maximum"] = maximum };
        if (defaultValue is { } value)
        {
            schema["default"] = value;
        }

        return schema;
    }

    public static JsonObject Number(string description, double minimum) =>
        new() { ["type"] = "number", ["description"] = description, ["minimum"] = minimum };

    public static JsonObject Boolean(string description) =>
        new() { ["type"] = "boolean", ["description"] = description };

    public static JsonObject Enum(string description, IEnumerable<string> values) =>
        new() { ["type"] = "string", ["description"] = description, ["enum"] = Array(values) };

    public static JsonObject StringArray(string description, int maxItems, IEnumerable<string>? values = null)
    {
        var items = new JsonObject { ["type"] = "string" };
        if (values is not null)
        {
            items["enum"] = Array(values);
        }

        return new JsonObject { ["type"] = "array", ["description"] = description, ["items"] = items, ["maxItems"] = maxItems };
    }

    /// <summary>An input schema: an object that rejects unknown properties.</summary>
    public static JsonElement Input(IEnumerable<(string Name, JsonObject Schema)> properties, params string[] required)
    {
        var schema = new JsonObject { ["type"] = "object", ["properties"] = Properties(properties) };
        if (required.Length > 0)
        {
            schema["required"] = Array(required);
        }

        schema["additionalProperties"] = false;
        return ToElement(schema);
    }

    /// <summary>An output schema: an object whose listed properties are always present.</summary>
    public static JsonObject Object(IEnumerable<(string Name, JsonNode Schema)> properties, params string[] required)
    {
        var schema = new JsonObject { ["type"] = "object", ["properties"] = Properties(properties) };
        if (required.Length > 0)
        {
            schema["required"] = Array(required);
        }

        return schema;
    }

    public static JsonObject Type(string type) => new() { ["type"] = type };

    public static JsonObject ArrayOf(JsonNode items) => new() { ["type"] = "array", ["items"] = items };

    public static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node, ToolsJson.Context.JsonNode);

    private static JsonObject Properties<T>(IEnumerable<(string Name, T Schema)> properties)
        where T : JsonNode
    {
        var result = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            result[name] = schema;
        }

        return result;
    }

    private static JsonArray Array(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add((JsonNode)JsonValue.Create(value));
        }

        return array;
    }
}
