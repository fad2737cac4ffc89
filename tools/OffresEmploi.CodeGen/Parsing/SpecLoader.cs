using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace OffresEmploi.CodeGen.Parsing;

/// <summary>Reads a YAML or JSON OpenAPI description with Microsoft.OpenApi and collects its diagnostics.</summary>
internal static class SpecLoader
{
    /// <summary>Loads and validates <paramref name="specPath"/>.</summary>
    /// <param name="specPath">The spec file.</param>
    /// <param name="displayPath">How to name the file in messages and headers.</param>
    /// <exception cref="SpecMappingException">The file is missing or cannot be read as OpenAPI at all.</exception>
    public static LoadedSpec Load(string specPath, string displayPath)
    {
        var fullPath = Path.GetFullPath(specPath);
        if (!File.Exists(fullPath))
        {
            throw new SpecMappingException(displayPath, "#", "the spec file does not exist");
        }

        // Normalise line endings so the stamped hash does not depend on git's checkout settings.
        var text = File.ReadAllText(fullPath, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        settings.AddYamlReader();
        var format = fullPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";

        ReadResult result;
        try
        {
            result = OpenApiDocument.Parse(text, format, settings);
        }
        catch (OpenApiException exception)
        {
            throw new SpecMappingException(displayPath, exception.Pointer ?? "#", exception.Message);
        }

        if (result.Document is null)
        {
            var first = result.Diagnostic?.Errors.FirstOrDefault();
            throw new SpecMappingException(displayPath, first?.Pointer ?? "#", first?.Message ?? "the file is not an OpenAPI description");
        }

        var diagnostics = ImmutableArray.CreateBuilder<SpecDiagnostic>();
        var seen = new HashSet<(string, string, bool)>();
        void Add(string? pointer, string message, bool isError)
        {
            var normalized = NormalizePointer(pointer);
            if (seen.Add((normalized, message, isError)))
            {
                diagnostics.Add(new SpecDiagnostic(normalized, message, isError));
            }
        }

        foreach (var error in result.Diagnostic?.Errors ?? [])
        {
            Add(error.Pointer, error.Message, isError: true);
        }

        foreach (var warning in result.Diagnostic?.Warnings ?? [])
        {
            Add(warning.Pointer, warning.Message, isError: false);
        }

        foreach (var error in result.Document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? [])
        {
            Add(error.Pointer, error.Message, isError: error is not OpenApiValidatorWarning);
        }

        return new LoadedSpec(result.Document, fullPath, displayPath, sha256, diagnostics.ToImmutable());
    }

    // The library reports pointers as "#/paths/..." or "/paths/..." depending on the stage; show one form.
    private static string NormalizePointer(string? pointer) =>
        string.IsNullOrEmpty(pointer) ? "#" : pointer.StartsWith('#') ? pointer : "#" + pointer;
}
