using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OffresEmploi.ContractCheck;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.SampleVerifier;

/// <summary>
/// Checks that real response bodies fit the generated models: they deserialise with <see cref="OffresEmploiJsonContext"/>,
/// and every JSON member they contain maps to a typed property (so no data is silently dropped).
/// </summary>
/// <remarks>
/// The body is read with <see cref="OffresEmploiJsonContext"/> <c>Default</c> (the models' generated converters, as the SDK
/// reads it); the member-by-member walk is the contract check's (<see cref="JsonContractWalker"/>, over the same models'
/// metadata), so it checks the C# that was actually generated, not the spec it came from.
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

        // Member by member, as the contract check compares live answers: one walk over the models for both.
        problems.AddRange(JsonContractWalker.Walk(element, typeInfo).Select(d => $"{d.Path}: {d.Expected}"));
        return problems;
    }
}
