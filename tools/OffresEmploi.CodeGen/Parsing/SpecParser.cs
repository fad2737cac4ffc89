using System.Collections.Immutable;
using Microsoft.OpenApi;
using OffresEmploi.CodeGen.Model;
using OffresEmploi.CodeGen.Naming;

namespace OffresEmploi.CodeGen.Parsing;

/// <summary>Maps a loaded spec to the generator's <see cref="ApiModel"/>, failing on anything it cannot map.</summary>
/// <remarks>
/// The parser is the only place that touches Microsoft.OpenApi; the emitter sees immutable records only. Every failure
/// is a <see cref="SpecMappingException"/> naming the spec, the JSON pointer and the reason.
/// </remarks>
internal sealed partial class SpecParser
{
    private readonly LoadedSpec _spec;
    private readonly SpecContext _context;
    private readonly OpenApiDocument _document;

    // components.schemas key → how references to it are typed (a generated type, or an inlined alias).
    private readonly Dictionary<string, TypeRef> _schemaTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IOpenApiSchema> _aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolvingAliases = new(StringComparer.Ordinal);

    // Schemas marked x-csharp-skip: documented in the spec, never generated, so nothing generated may reference them.
    private readonly HashSet<string> _skipped = new(StringComparer.Ordinal);

    // Generated type name → pointer of the schema or operation that claimed it, to report clashes.
    private readonly Dictionary<string, SpecPointer> _typeNames = new(StringComparer.Ordinal);

    private SpecParser(LoadedSpec spec)
    {
        _spec = spec;
        _document = spec.Document;
        _context = new SpecContext(spec.DisplayPath, Path.GetDirectoryName(spec.FullPath) ?? ".");
    }

    /// <summary>Maps <paramref name="spec"/>.</summary>
    /// <exception cref="SpecMappingException">The spec has diagnostics or contains something the generator cannot map.</exception>
    public static ApiModel Parse(LoadedSpec spec)
    {
        // A spec the reader or validator complains about is not trusted: warnings are as fatal as errors.
        if (spec.Diagnostics.FirstOrDefault() is { } first)
        {
            var more = spec.Diagnostics.Length > 1 ? $" (and {spec.Diagnostics.Length - 1} more)" : "";
            throw new SpecMappingException(spec.DisplayPath, first.Pointer, $"{(first.IsError ? "error" : "warning")}: {first.Message}{more}");
        }

        return new SpecParser(spec).Map();
    }

    private ApiModel Map()
    {
        var schemas = _document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var classified = ClassifySchemas(schemas);
        var objects = classified.Objects.Select(o => MapObject(o.Key, o.Schema, o.Name)).ToImmutableArray();
        var codeLists = classified.CodeLists.Select(c => MapCodeList(c.Key, c.Schema, c.Name)).ToImmutableArray();
        var (operations, queryTypes) = MapOperations();

        return new ApiModel(
            _spec.DisplayPath,
            _spec.Sha256,
            _document.Info?.Title ?? "API",
            Clean(_document.Info?.Description),
            operations,
            queryTypes,
            objects,
            codeLists);
    }

    /// <summary>Records a generated type name, failing when another schema or query type already uses it.</summary>
    private void ClaimTypeName(string name, SpecPointer pointer)
    {
        if (_typeNames.TryGetValue(name, out var other))
        {
            throw _context.Fail(pointer, $"the C# type name '{name}' is already used by {other}; set x-csharp-name on one of them");
        }

        _typeNames.Add(name, pointer);
    }

    /// <summary>The C# name for an API name: <c>x-csharp-name</c> when set, else the PascalCase derivation.</summary>
    private string DeriveName(string apiName, IDictionary<string, IOpenApiExtension>? extensions, SpecPointer pointer)
    {
        if (SpecExtensions.GetString(extensions, SpecExtensions.CSharpName, _context, pointer) is { } explicitName)
        {
            return CSharpNames.IsValidIdentifier(explicitName)
                ? explicitName
                : throw _context.Fail(pointer.Append(SpecExtensions.CSharpName), $"'{explicitName}' is not a valid C# identifier");
        }

        return CSharpNames.ToPascalCase(apiName)
            ?? throw _context.Fail(pointer, $"cannot derive a C# name from '{apiName}'; set {SpecExtensions.CSharpName}");
    }

    private static SpecPointer SchemaPointer(string key) => SpecPointer.Root.Append("components").Append("schemas").Append(key);

    /// <summary>Trims a description and drops it when empty, so the emitter can fall back to a default sentence.</summary>
    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
