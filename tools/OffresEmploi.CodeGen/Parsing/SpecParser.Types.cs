using Microsoft.OpenApi;
using OffresEmploi.CodeGen.Model;

namespace OffresEmploi.CodeGen.Parsing;

/// <content>Maps a schema used by a property, parameter or response to a C# type.</content>
internal sealed partial class SpecParser
{
    /// <summary>Maps <paramref name="schema"/> to a C# type.</summary>
    /// <exception cref="SpecMappingException">The schema has a shape the generator does not map.</exception>
    private TypeRef MapType(IOpenApiSchema schema, SpecPointer pointer)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            return MapReference(reference, pointer);
        }

        // The 3.1 nullable pattern "anyOf/oneOf: [X, {type: null}]" and the 3.0 "allOf: [$ref]" wrapper.
        foreach (var (keyword, members) in new[] { ("anyOf", schema.AnyOf), ("oneOf", schema.OneOf), ("allOf", schema.AllOf) })
        {
            if (members is not { Count: > 0 })
            {
                continue;
            }

            var nonNull = members.Select((member, index) => (member, index)).Where(m => m.member.Type != JsonSchemaType.Null).ToList();
            return nonNull.Count == 1
                ? MapType(nonNull[0].member, pointer.Append(keyword).Append(nonNull[0].index))
                : throw _context.Fail(pointer.Append(keyword), $"{keyword} with several non-null members is not supported");
        }

        if (schema.Enum is { Count: > 0 } || SpecExtensions.Has(schema.Extensions, SpecExtensions.Referentiel))
        {
            throw _context.Fail(pointer, "inline code lists are not supported; declare the schema under components.schemas so it becomes an extensible enum");
        }

        var type = NonNullType(schema);
        return type switch
        {
            JsonSchemaType.String => schema.Format switch
            {
                "date-time" => PrimitiveTypeRef.DateTimeOffset,
                "date" => PrimitiveTypeRef.DateOnly,
                _ => PrimitiveTypeRef.String,
            },
            JsonSchemaType.Integer => schema.Format == "int64" ? PrimitiveTypeRef.Int64 : PrimitiveTypeRef.Int32,
            JsonSchemaType.Number => schema.Format switch
            {
                "float" => PrimitiveTypeRef.Single,
                "decimal" => PrimitiveTypeRef.Decimal,
                _ => PrimitiveTypeRef.Double,
            },
            JsonSchemaType.Boolean => PrimitiveTypeRef.Boolean,
            JsonSchemaType.Array => schema.Items is { } items
                ? new ListTypeRef(MapType(items, pointer.Append("items")))
                : throw _context.Fail(pointer, "array schemas must declare items"),
            JsonSchemaType.Object or null => MapObjectShape(schema, pointer),
            _ => throw _context.Fail(pointer, $"a schema with several types ({type}) is not supported"),
        };
    }

    private TypeRef MapObjectShape(IOpenApiSchema schema, SpecPointer pointer)
    {
        if (schema.Properties is { Count: > 0 })
        {
            throw _context.Fail(pointer, "inline object schemas are not supported; declare the object under components.schemas");
        }

        // additionalProperties: {schema} is a map; an untyped or free-form object stays raw JSON.
        return schema.AdditionalProperties is { } values
            ? new MapTypeRef(MapType(values, pointer.Append("additionalProperties")))
            : PrimitiveTypeRef.JsonElement;
    }

    private TypeRef MapReference(OpenApiSchemaReference reference, SpecPointer pointer)
    {
        var id = reference.Reference.Id;
        if (id is null || reference.Reference.ExternalResource is not null)
        {
            throw _context.Fail(pointer, "only local references to components.schemas are supported");
        }

        if (_skipped.Contains(id))
        {
            throw _context.Fail(pointer, $"the reference '#/components/schemas/{id}' targets a schema marked {SpecExtensions.CSharpSkip}, which generates no type");
        }

        if (_schemaTypes.TryGetValue(id, out var named))
        {
            return named;
        }

        if (!_aliases.TryGetValue(id, out var alias))
        {
            throw _context.Fail(pointer, $"the reference '#/components/schemas/{id}' does not resolve");
        }

        // A named primitive or array schema is inlined where it is used; guard against alias cycles.
        if (!_resolvingAliases.Add(id))
        {
            throw _context.Fail(SchemaPointer(id), "the schema references itself through aliases");
        }

        try
        {
            var resolved = MapType(alias, SchemaPointer(id));
            _schemaTypes[id] = resolved;
            return resolved;
        }
        finally
        {
            _resolvingAliases.Remove(id);
        }
    }
}
