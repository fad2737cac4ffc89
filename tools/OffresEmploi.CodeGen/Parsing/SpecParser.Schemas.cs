using System.Collections.Immutable;
using Microsoft.OpenApi;
using OffresEmploi.CodeGen.Model;

namespace OffresEmploi.CodeGen.Parsing;

/// <content>Classifies <c>components.schemas</c> and maps object schemas.</content>
internal sealed partial class SpecParser
{
    private sealed record NamedSchema(string Key, IOpenApiSchema Schema, string Name);

    private sealed record SchemaClassification(IReadOnlyList<NamedSchema> Objects, IReadOnlyList<NamedSchema> CodeLists);

    /// <summary>
    /// Decides what each named schema becomes: an object record, a code-list struct, or an alias that references inline
    /// (a plain primitive or array schema). Names are claimed first so forward references resolve.
    /// </summary>
    private SchemaClassification ClassifySchemas(IDictionary<string, IOpenApiSchema> schemas)
    {
        var objects = new List<NamedSchema>();
        var codeLists = new List<NamedSchema>();
        foreach (var (key, schema) in schemas)
        {
            var pointer = SchemaPointer(key);
            if (SpecExtensions.IsTrue(schema.Extensions, SpecExtensions.CSharpSkip, _context, pointer))
            {
                _skipped.Add(key);
                continue;
            }

            var type = NonNullType(schema);
            var isCodeList = type == JsonSchemaType.String
                && (schema.Enum is { Count: > 0 } || SpecExtensions.Has(schema.Extensions, SpecExtensions.Referentiel));
            var isObject = type == JsonSchemaType.Object && schema.Properties is { Count: > 0 }
                || type is null && schema.Properties is { Count: > 0 };

            if (isCodeList || isObject)
            {
                var name = DeriveName(key, schema.Extensions, pointer);
                ClaimTypeName(name, pointer);
                _schemaTypes[key] = new NamedTypeRef(name, isCodeList);
                (isCodeList ? codeLists : objects).Add(new NamedSchema(key, schema, name));
            }
            else
            {
                _aliases[key] = schema;
            }
        }

        return new SchemaClassification(objects, codeLists);
    }

    private ObjectTypeModel MapObject(string key, IOpenApiSchema schema, string name)
    {
        var pointer = SchemaPointer(key);
        if (schema.AllOf is { Count: > 0 } || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            throw _context.Fail(pointer, "object schemas combining properties with allOf/oneOf/anyOf are not supported");
        }

        var properties = ImmutableArray.CreateBuilder<PropertyModel>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (jsonName, propertySchema) in schema.Properties!)
        {
            var propertyPointer = pointer.Append("properties").Append(jsonName);
            var propertyName = DeriveName(jsonName, OwnExtensions(propertySchema), propertyPointer);
            if (propertyName == name)
            {
                throw _context.Fail(propertyPointer, $"the property name '{propertyName}' equals its type name, which C# forbids; set {SpecExtensions.CSharpName}");
            }

            if (!names.Add(propertyName))
            {
                throw _context.Fail(propertyPointer, $"another property of '{name}' is already named '{propertyName}'; set {SpecExtensions.CSharpName}");
            }

            properties.Add(new PropertyModel(propertyName, jsonName, MapType(propertySchema, propertyPointer), Clean(propertySchema.Description)));
        }

        return new ObjectTypeModel(name, key, Clean(schema.Description), properties.ToImmutable());
    }

    /// <summary>
    /// The extensions written on the node itself. For a <c>$ref</c> node, <see cref="IOpenApiSchema.Extensions"/> falls
    /// back to the target schema's, whose <c>x-csharp-name</c> names the type and must not rename the property; the
    /// siblings of <c>$ref</c> are on the reference object.
    /// </summary>
    private static IDictionary<string, IOpenApiExtension>? OwnExtensions(IOpenApiSchema schema) =>
        schema is OpenApiSchemaReference reference ? reference.Reference.Extensions : schema.Extensions;

    /// <summary>The schema's type without the <c>null</c> flag (the 3.1 nullable form), or null when untyped.</summary>
    private static JsonSchemaType? NonNullType(IOpenApiSchema schema)
    {
        if (schema.Type is not { } type)
        {
            return null;
        }

        var withoutNull = type & ~JsonSchemaType.Null;
        return withoutNull == 0 ? null : withoutNull;
    }
}
