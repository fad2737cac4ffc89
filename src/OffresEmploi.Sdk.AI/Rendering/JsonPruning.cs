using System.Text.Json.Nodes;

namespace OffresEmploi.Sdk.AI.Rendering;

/// <summary>Removes empty members (null, blank strings, empty arrays and objects) so only what says something is left.</summary>
internal static class JsonPruning
{
    /// <summary>Prunes <paramref name="node"/> in place; returns <see langword="false"/> when nothing is left of it.</summary>
    public static bool Prune(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return false;
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (!Prune(obj[name]))
                    {
                        obj.Remove(name);
                    }
                }

                return obj.Count > 0;
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (!Prune(array[i]))
                    {
                        array.RemoveAt(i);
                    }
                }

                return array.Count > 0;
            case JsonValue value:
                return !value.TryGetValue<string>(out var text) || !string.IsNullOrWhiteSpace(text);
            default:
                return true;
        }
    }
}
