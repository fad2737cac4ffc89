using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OffresEmploi.CodeGen.Model;
using OffresEmploi.CodeGen.Naming;

namespace OffresEmploi.CodeGen.Parsing;

/// <content>Maps code-list schemas (string <c>enum</c> or <c>x-referentiel</c>) to extensible enums.</content>
internal sealed partial class SpecParser
{
    // Members every extensible enum declares; a code may not be named like one of them.
    private static readonly HashSet<string> ReservedMemberNames = new(StringComparer.Ordinal)
    {
        "Value", "Label", "IsKnown", "KnownValues", "TryGetLabel", "TryFromLabel", "FromValue", "Converter",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
    };

    private CodeListModel MapCodeList(string key, IOpenApiSchema schema, string name)
    {
        var pointer = SchemaPointer(key);
        var referentiel = SpecExtensions.GetString(schema.Extensions, SpecExtensions.Referentiel, _context, pointer);
        var hasEnum = schema.Enum is { Count: > 0 };
        if (referentiel is not null && hasEnum)
        {
            throw _context.Fail(pointer, $"a code list takes its values from enum or from {SpecExtensions.Referentiel}, not both");
        }

        var entries = hasEnum ? ReadEnum(schema, pointer) : ReadReferentiel(referentiel!, schema, pointer);

        var values = ImmutableArray.CreateBuilder<CodeValueModel>(entries.Count);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, label, memberName, entryPointer) in entries)
        {
            if (!codes.Add(code))
            {
                throw _context.Fail(entryPointer, $"the code '{code}' appears twice");
            }

            if (!CSharpNames.IsValidIdentifier(memberName) || memberName == name || ReservedMemberNames.Contains(memberName))
            {
                throw _context.Fail(entryPointer, $"'{memberName}' (for code '{code}') cannot be a member of '{name}'; give another name in the varnames");
            }

            if (!members.Add(memberName))
            {
                throw _context.Fail(entryPointer, $"two codes of '{name}' map to the member name '{memberName}'; give distinct names in the varnames");
            }

            values.Add(new CodeValueModel(memberName, code, label));
        }

        return new CodeListModel(name, key, Clean(schema.Description), referentiel, values.ToImmutable());
    }

    private readonly record struct CodeEntry(string Code, string? Label, string MemberName, SpecPointer Pointer);

    private List<CodeEntry> ReadEnum(IOpenApiSchema schema, SpecPointer pointer)
    {
        var enumValues = schema.Enum!;
        var varNames = SpecExtensions.GetStringArray(schema.Extensions, SpecExtensions.EnumVarNames, _context, pointer);
        var descriptions = SpecExtensions.GetStringArray(schema.Extensions, SpecExtensions.EnumDescriptions, _context, pointer);
        if (varNames is not null && varNames.Count != enumValues.Count)
        {
            throw _context.Fail(pointer.Append(SpecExtensions.EnumVarNames), $"has {varNames.Count} names for {enumValues.Count} enum values");
        }

        if (descriptions is not null && descriptions.Count != enumValues.Count)
        {
            throw _context.Fail(pointer.Append(SpecExtensions.EnumDescriptions), $"has {descriptions.Count} labels for {enumValues.Count} enum values");
        }

        var entries = new List<CodeEntry>(enumValues.Count);
        for (var i = 0; i < enumValues.Count; i++)
        {
            var entryPointer = pointer.Append("enum").Append(i);
            var code = enumValues[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : throw _context.Fail(entryPointer, "code-list values must be strings");
            var memberName = varNames?[i] ?? CSharpNames.ToPascalCase(code)
                ?? throw _context.Fail(entryPointer, $"the code '{code}' is not a C# identifier; add {SpecExtensions.EnumVarNames}");
            entries.Add(new CodeEntry(code, descriptions?[i], memberName, entryPointer));
        }

        return entries;
    }

    private List<CodeEntry> ReadReferentiel(string referentiel, IOpenApiSchema schema, SpecPointer pointer)
    {
        var extensionPointer = pointer.Append(SpecExtensions.Referentiel);
        var snapshot = ReferentielSnapshot.Read(_context, referentiel, extensionPointer);
        var varNames = SpecExtensions.GetStringMap(schema.Extensions, SpecExtensions.ReferentielVarNames, _context, pointer)
            ?? new Dictionary<string, string>();

        // A stale override (for a code no longer in the snapshot) is a mistake worth reporting.
        var snapshotCodes = snapshot.Select(item => item.Code).ToHashSet(StringComparer.Ordinal);
        if (varNames.Keys.FirstOrDefault(code => !snapshotCodes.Contains(code)) is { } unknown)
        {
            throw _context.Fail(pointer.Append(SpecExtensions.ReferentielVarNames).Append(unknown), $"the code '{unknown}' is not in the {referentiel} snapshot");
        }

        var varNamesPointer = pointer.Append(SpecExtensions.ReferentielVarNames);
        return snapshot.Select(item =>
        {
            var memberName = varNames.GetValueOrDefault(item.Code) ?? CSharpNames.ToPascalCase(item.Code)
                ?? throw _context.Fail(varNamesPointer, $"the code '{item.Code}' of {referentiel} is not a C# identifier; map it in {SpecExtensions.ReferentielVarNames}");
            return new CodeEntry(item.Code, item.Label, memberName, varNames.ContainsKey(item.Code) ? varNamesPointer.Append(item.Code) : extensionPointer);
        }).ToList();
    }
}
