using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.SampleVerifier;

/// <summary>
/// Checks that real response bodies fit the generated models: they deserialise with <see cref="OffresEmploiJsonContext"/>,
/// and every JSON member they contain maps to a typed property (so no data is silently dropped).
/// </summary>
/// <remarks>
/// The body is read with <see cref="OffresEmploiJsonContext"/> <c>Default</c> (the models' generated converters, as the SDK
/// reads it); the walk uses the same models' member-by-member metadata (<see cref="OffresEmploiJsonContext.Metadata"/>:
/// <see cref="JsonTypeInfo.Properties"/>, <see cref="JsonTypeInfo.ElementType"/>), so it checks the C# that was actually
/// generated, not the spec it came from.
/// </remarks>
internal static class SampleVerifier
{
    /// <summary>Verifies one search body: an object is a <see cref="ResultatRecherche"/>; an array is its <c>filtresPossibles</c>.</summary>
    /// <returns>The problems found, each naming a JSON path; empty when the body fits the models.</returns>
    public static IReadOnlyList<string> VerifySearchBody(string json)
    {
        using var document = JsonDocument.Parse(json);
        var typeInfo = document.RootElement.ValueKind == JsonValueKind.Array
            ? (JsonTypeInfo)OffresEmploiJsonContext.Metadata.IReadOnlyListFiltrePossible
            : OffresEmploiJsonContext.Metadata.ResultatRecherche;
        return Verify(document.RootElement, typeInfo);
    }

    /// <summary>Deserialises <paramref name="element"/> as <paramref name="typeInfo"/> and walks it for unmapped members.</summary>
    public static IReadOnlyList<string> Verify(JsonElement element, JsonTypeInfo typeInfo)
    {
        var problems = new List<string>();
        try
        {
            // Read as the SDK reads: through the generated converters of the default context.
            _ = element.Deserialize(OffresEmploiJsonContext.Default.GetTypeInfo(typeInfo.Type)!);
        }
        catch (JsonException exception)
        {
            problems.Add($"{exception.Path ?? "$"}: does not deserialise as {typeInfo.Type.Name}: {exception.Message}");
        }

        Walk(element, typeInfo, "$", problems);
        return problems;
    }

    private static void Walk(JsonElement element, JsonTypeInfo typeInfo, string path, List<string> problems)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object when element.ValueKind == JsonValueKind.Object:
                var properties = typeInfo.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    if (properties.TryGetValue(member.Name, out var property))
                    {
                        Walk(member.Value, typeInfo.Options.GetTypeInfo(property.PropertyType), $"{path}.{member.Name}", problems);
                    }
                    else
                    {
                        problems.Add($"{path}.{member.Name}: no typed property on {typeInfo.Type.Name}");
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when element.ValueKind == JsonValueKind.Array:
                var itemInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, itemInfo, $"{path}[{index++}]", problems);
                }

                break;
            case JsonTypeInfoKind.Dictionary when element.ValueKind == JsonValueKind.Object:
                var valueInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
                foreach (var member in element.EnumerateObject())
                {
                    Walk(member.Value, valueInfo, $"{path}.{member.Name}", problems);
                }

                break;
            case JsonTypeInfoKind.None when typeInfo.Type == typeof(JsonElement) || typeInfo.Type == typeof(JsonElement?):
                problems.Add($"{path}: typed as raw JsonElement, not as a model");
                break;
            default:
                // Scalars and code types (leaf converters); shape mismatches were reported by deserialisation.
                break;
        }
    }
}
