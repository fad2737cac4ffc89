using System.Collections.Immutable;
using Microsoft.OpenApi;
using OffresEmploi.CodeGen.Model;
using OffresEmploi.CodeGen.Naming;

namespace OffresEmploi.CodeGen.Parsing;

/// <content>Maps paths and operations to Refit methods and query-object records.</content>
internal sealed partial class SpecParser
{
    private (ImmutableArray<OperationModel> Operations, ImmutableArray<QueryTypeModel> QueryTypes) MapOperations()
    {
        var operations = ImmutableArray.CreateBuilder<OperationModel>();
        var queryTypes = ImmutableArray.CreateBuilder<QueryTypeModel>();
        var methodNames = new Dictionary<string, SpecPointer>(StringComparer.Ordinal);

        foreach (var (path, pathItem) in _document.Paths ?? [])
        {
            var pathPointer = SpecPointer.Root.Append("paths").Append(path);
            foreach (var (httpMethod, operation) in pathItem.Operations ?? [])
            {
                var verb = httpMethod.Method.ToLowerInvariant();
                var pointer = pathPointer.Append(verb);
                var methodName = MethodName(operation, pointer);
                if (methodNames.TryGetValue(methodName, out var other))
                {
                    throw _context.Fail(pointer, $"the method name '{methodName}' is already used by {other}; set {SpecExtensions.CSharpMethod}");
                }

                methodNames.Add(methodName, pointer);
                var (parameters, queryType) = MapParameters(path, pathItem, operation, methodName, pointer);
                if (queryType is not null)
                {
                    queryTypes.Add(queryType);
                }

                var (responseType, responseDescription) = MapResponse(operation, pointer);
                operations.Add(new OperationModel(
                    methodName,
                    RefitVerb(verb, pointer),
                    path,
                    Clean(operation.Summary),
                    Clean(operation.Description),
                    parameters,
                    responseType,
                    responseDescription));
            }
        }

        return (operations.ToImmutable(), queryTypes.ToImmutable());
    }

    private string MethodName(OpenApiOperation operation, SpecPointer pointer)
    {
        if (SpecExtensions.GetString(operation.Extensions, SpecExtensions.CSharpMethod, _context, pointer) is { } explicitName)
        {
            return CSharpNames.IsValidIdentifier(explicitName)
                ? explicitName
                : throw _context.Fail(pointer.Append(SpecExtensions.CSharpMethod), $"'{explicitName}' is not a valid C# identifier");
        }

        return operation.OperationId is { Length: > 0 } operationId && CSharpNames.ToPascalCase(operationId) is { } pascal
            ? pascal + "Async"
            : throw _context.Fail(pointer, $"the operation needs an operationId or {SpecExtensions.CSharpMethod}");
    }

    private string RefitVerb(string verb, SpecPointer pointer) => verb switch
    {
        "get" => "Get",
        "post" => "Post",
        "put" => "Put",
        "delete" => "Delete",
        "patch" => "Patch",
        "head" => "Head",
        "options" => "Options",
        _ => throw _context.Fail(pointer, $"the HTTP method '{verb}' has no Refit attribute"),
    };

    private (ImmutableArray<MethodParameterModel> Parameters, QueryTypeModel? QueryType) MapParameters(
        string path, IOpenApiPathItem pathItem, OpenApiOperation operation, string methodName, SpecPointer pointer)
    {
        // Path-level parameters apply unless the operation redeclares the same name and location.
        var declared = new List<(IOpenApiParameter Parameter, SpecPointer Pointer)>();
        var operationParameters = (operation.Parameters ?? []).Select((p, i) => (p, pointer.Append("parameters").Append(i))).ToList();
        foreach (var (parameter, index) in (pathItem.Parameters ?? []).Select((p, i) => (p, i)))
        {
            if (!operationParameters.Any(o => o.p.Name == parameter.Name && o.p.In == parameter.In))
            {
                declared.Add((parameter, SpecPointer.Root.Append("paths").Append(path).Append("parameters").Append(index)));
            }
        }

        declared.AddRange(operationParameters);

        var pathParameters = new List<MethodParameterModel>();
        var headerParameters = new List<MethodParameterModel>();
        var queryParameters = new List<(IOpenApiParameter Parameter, SpecPointer Pointer)>();
        foreach (var (parameter, parameterPointer) in declared)
        {
            var wireName = parameter.Name ?? throw _context.Fail(parameterPointer, "the parameter has no name");
            if (wireName.Length == 0 || wireName.Trim() != wireName)
            {
                throw _context.Fail(parameterPointer.Append("name"), $"the parameter name '{wireName}' is empty or has leading/trailing whitespace");
            }

            switch (parameter.In)
            {
                case ParameterLocation.Path:
                    pathParameters.Add(MapSimpleParameter(ParameterKind.Path, parameter, parameterPointer, required: true));
                    break;
                case ParameterLocation.Header when string.Equals(wireName, "Authorization", StringComparison.OrdinalIgnoreCase):
                    // The bearer token is added by the SDK's authentication handler, never by callers.
                    break;
                case ParameterLocation.Header:
                    headerParameters.Add(MapSimpleParameter(ParameterKind.Header, parameter, parameterPointer, parameter.Required));
                    break;
                case ParameterLocation.Query:
                    queryParameters.Add((parameter, parameterPointer));
                    break;
                default:
                    throw _context.Fail(parameterPointer.Append("in"), $"parameters in '{parameter.In}' are not supported");
            }
        }

        foreach (var placeholder in PathPlaceholders(path))
        {
            if (!pathParameters.Any(p => p.WireName == placeholder))
            {
                throw _context.Fail(pointer, $"the path placeholder '{{{placeholder}}}' has no path parameter");
            }
        }

        var parameters = ImmutableArray.CreateBuilder<MethodParameterModel>();
        parameters.AddRange(pathParameters);
        parameters.AddRange(headerParameters);

        var queryTypeName = SpecExtensions.GetString(operation.Extensions, SpecExtensions.CSharpQueryType, _context, pointer);
        QueryTypeModel? queryType = null;
        if (queryTypeName is not null)
        {
            var queryTypePointer = pointer.Append(SpecExtensions.CSharpQueryType);
            if (!CSharpNames.IsValidIdentifier(queryTypeName))
            {
                throw _context.Fail(queryTypePointer, $"'{queryTypeName}' is not a valid C# identifier");
            }

            ClaimTypeName(queryTypeName, queryTypePointer);
            queryType = MapQueryType(queryTypeName, methodName, queryParameters);
            parameters.Add(new MethodParameterModel(ParameterKind.QueryObject, "request", "", new NamedTypeRef(queryTypeName, false), true, null, null));
        }
        else
        {
            foreach (var (parameter, parameterPointer) in queryParameters)
            {
                var model = MapSimpleParameter(ParameterKind.Query, parameter, parameterPointer, parameter.Required);
                parameters.Add(model with { CollectionFormat = CollectionFormat(parameter, model.Type, parameterPointer) });
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { "cancellationToken" };
        foreach (var parameter in parameters)
        {
            if (!seen.Add(parameter.Name))
            {
                throw _context.Fail(pointer, $"two parameters map to the C# name '{parameter.Name}'; set {SpecExtensions.CSharpName}");
            }
        }

        return (parameters.ToImmutable(), queryType);
    }

    private MethodParameterModel MapSimpleParameter(ParameterKind kind, IOpenApiParameter parameter, SpecPointer pointer, bool required)
    {
        var schema = parameter.Schema ?? throw _context.Fail(pointer, "the parameter has no schema");
        var type = MapType(schema, pointer.Append("schema"));
        if (kind is ParameterKind.Path or ParameterKind.Header && type is not (PrimitiveTypeRef or NamedTypeRef { IsCodeList: true }))
        {
            throw _context.Fail(pointer.Append("schema"), $"{kind.ToString().ToLowerInvariant()} parameters must be scalars");
        }

        var name = CSharpNames.ToCamelCase(DeriveName(parameter.Name!, parameter.Extensions, pointer));
        return new MethodParameterModel(kind, name, parameter.Name!, type, required, Clean(parameter.Description), null);
    }

    private QueryTypeModel MapQueryType(string typeName, string methodName, List<(IOpenApiParameter Parameter, SpecPointer Pointer)> queryParameters)
    {
        var properties = ImmutableArray.CreateBuilder<QueryPropertyModel>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (parameter, pointer) in queryParameters)
        {
            var schema = parameter.Schema ?? throw _context.Fail(pointer, "the parameter has no schema");
            var type = MapType(schema, pointer.Append("schema"));
            var name = DeriveName(parameter.Name!, parameter.Extensions, pointer);
            if (name == typeName || !names.Add(name))
            {
                throw _context.Fail(pointer, $"the property name '{name}' clashes in '{typeName}'; set {SpecExtensions.CSharpName}");
            }

            properties.Add(new QueryPropertyModel(name, parameter.Name!, type, Clean(parameter.Description), CollectionFormat(parameter, type, pointer)));
        }

        return new QueryTypeModel(typeName, methodName, properties.ToImmutable());
    }

    /// <summary>How an array query value is written: OpenAPI's style/explode mapped to Refit's collection formats.</summary>
    private string? CollectionFormat(IOpenApiParameter parameter, TypeRef type, SpecPointer pointer)
    {
        if (type is not ListTypeRef list)
        {
            return null;
        }

        if (list.Element is not (PrimitiveTypeRef or NamedTypeRef { IsCodeList: true }))
        {
            throw _context.Fail(pointer.Append("schema").Append("items"), "array query parameters must hold scalars");
        }

        return (parameter.Style ?? ParameterStyle.Form, parameter.Explode) switch
        {
            (ParameterStyle.Form, false) => "Csv",
            (ParameterStyle.Form, true) => "Multi",
            (ParameterStyle.SpaceDelimited, _) => "Ssv",
            (ParameterStyle.PipeDelimited, _) => "Pipes",
            var (style, _) => throw _context.Fail(pointer.Append("style"), $"the style '{style}' is not supported for query arrays"),
        };
    }

    private (TypeRef? Type, string? Description) MapResponse(OpenApiOperation operation, SpecPointer pointer)
    {
        var successes = (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')).ToList();
        if (successes.Count == 0)
        {
            throw _context.Fail(pointer.Append("responses"), "the operation declares no 2xx response");
        }

        // The first success response with a JSON body types the method (200 and 206 share one in this API).
        foreach (var (status, response) in successes)
        {
            var json = response.Content?.FirstOrDefault(c => c.Key == "application/json" || c.Key.EndsWith("+json", StringComparison.Ordinal));
            if (json?.Value?.Schema is { } schema)
            {
                var schemaPointer = pointer.Append("responses").Append(status).Append("content").Append(json.Value.Key).Append("schema");
                return (MapType(schema, schemaPointer), Clean(response.Description));
            }
        }

        return (null, Clean(successes[0].Value.Description));
    }

    private static IEnumerable<string> PathPlaceholders(string path)
    {
        for (var start = path.IndexOf('{', StringComparison.Ordinal); start >= 0; start = path.IndexOf('{', start + 1))
        {
            var end = path.IndexOf('}', start);
            if (end > start)
            {
                yield return path[(start + 1)..end];
            }
        }
    }
}
