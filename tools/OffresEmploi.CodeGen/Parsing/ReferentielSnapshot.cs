using System.Text.Json;

namespace OffresEmploi.CodeGen.Parsing;

/// <summary>Reads <c>referentiels/&lt;name&gt;.json</c> beside the spec: <c>[{"code": ..., "libelle": ...}]</c>.</summary>
internal static class ReferentielSnapshot
{
    /// <summary>One referentiel entry.</summary>
    public sealed record Item(string Code, string? Label);

    /// <exception cref="SpecMappingException">The file is missing or not in the expected shape.</exception>
    public static IReadOnlyList<Item> Read(SpecContext context, string name, SpecPointer pointer)
    {
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            throw context.Fail(pointer, $"'{name}' is not a referentiel name");
        }

        var path = Path.Combine(context.SpecDirectory, "referentiels", name + ".json");
        if (!File.Exists(path))
        {
            throw context.Fail(pointer, $"the referentiel snapshot referentiels/{name}.json does not exist");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw context.Fail(pointer, $"referentiels/{name}.json must be an array of {{code, libelle}}");
            }

            var items = new List<Item>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object
                    || !element.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String)
                {
                    throw context.Fail(pointer, $"referentiels/{name}.json item {items.Count} has no string 'code'");
                }

                var label = element.TryGetProperty("libelle", out var libelle) && libelle.ValueKind == JsonValueKind.String
                    ? libelle.GetString()
                    : null;
                items.Add(new Item(code.GetString()!, label));
            }

            return items.Count > 0 ? items : throw context.Fail(pointer, $"referentiels/{name}.json is empty");
        }
        catch (JsonException exception)
        {
            throw context.Fail(pointer, $"referentiels/{name}.json is not valid JSON: {exception.Message}");
        }
    }
}
