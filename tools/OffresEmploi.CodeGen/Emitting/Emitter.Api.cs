using OffresEmploi.CodeGen.Model;

namespace OffresEmploi.CodeGen.Emitting;

/// <content>The Refit interface: one method per operation, each returning <c>Task&lt;IApiResponse&lt;T&gt;&gt;</c>.</content>
internal sealed partial class Emitter
{
    private string EmitInterface()
    {
        var types = _model.Operations.SelectMany(o => o.Parameters.Select(p => p.Type).Append(o.ResponseType)).OfType<TypeRef>();
        var usings = UsingsFor(types)
            .Append("System.CodeDom.Compiler")
            .Append("System.Threading")
            .Append("System.Threading.Tasks")
            .Append("Refit");
        if (_model.Operations.Any(o => o.Parameters.Any(p => p.Type is NamedTypeRef) || o.ResponseType is not null))
        {
            usings = usings.Append(_options.ModelsNamespace);
        }

        var writer = StartFile(_options.ApiNamespace, [.. usings]);
        writer.Doc(XmlDoc.Markup("summary", $"The Refit client of {XmlDoc.Inline(_model.Title)}: one method per operation of the spec."));
        writer.Doc(XmlDoc.Element(
            "remarks",
            (_model.Description is { } description ? description + "\n\n" : "")
                + "Every method returns the raw `IApiResponse` so status codes and headers stay visible; methods do not throw on error statuses. Authentication, retries and paging are added around this interface by the SDK."));
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"{_options.InterfaceAccessibility} partial interface {_options.InterfaceName}");
        writer.Open();
        for (var i = 0; i < _model.Operations.Length; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            EmitMethod(writer, _model.Operations[i]);
        }

        writer.Close();
        return writer.ToString();
    }

    private static void EmitMethod(CodeWriter writer, OperationModel operation)
    {
        var summary = operation.Summary ?? operation.Description ?? $"Calls <c>{operation.HttpMethod.ToUpperInvariant()} {XmlDoc.Inline(operation.Path)}</c>.";
        writer.Doc(operation.Summary is null && operation.Description is null
            ? XmlDoc.Markup("summary", summary)
            : XmlDoc.Element("summary", summary));
        if (operation.Summary is not null && operation.Description is not null)
        {
            writer.Doc(XmlDoc.Element("remarks", operation.Description));
        }

        foreach (var parameter in operation.Parameters)
        {
            var attribute = $"name=\"{parameter.Name.TrimStart('@')}\"";
            var fallback = parameter.Kind == ParameterKind.QueryObject
                ? "The query parameters; null properties are not sent."
                : $"The <c>{XmlDoc.Inline(parameter.WireName)}</c> {parameter.Kind.ToString().ToLowerInvariant()} parameter.";
            writer.Doc(XmlDoc.ProseOr("param", parameter.Description, fallback, attribute));
        }

        writer.Doc(XmlDoc.Markup("param", "Cancels the request.", "name=\"cancellationToken\""));
        var returns = operation.ResponseDescription is { } description
            ? $"The response, with its status and headers. {XmlDoc.Inline(description)}"
            : "The response, with its status and headers.";
        writer.Doc(XmlDoc.Markup("returns", returns));

        writer.Line($"[{operation.HttpMethod}({CSharpLiteral.String(operation.Path)})]");
        var parameters = operation.Parameters.Select(RenderParameter).Append("CancellationToken cancellationToken = default");
        var returnType = operation.ResponseType is { } type ? $"Task<IApiResponse<{type.Render()}>>" : "Task<IApiResponse>";
        writer.Line($"{returnType} {operation.MethodName}({string.Join(", ", parameters)});");
    }

    private static string RenderParameter(MethodParameterModel parameter)
    {
        var attributes = parameter.Kind switch
        {
            ParameterKind.QueryObject => "[Query] ",
            ParameterKind.Header => $"[Header({CSharpLiteral.String(parameter.WireName)})] ",
            ParameterKind.Query when parameter.CollectionFormat is { } format => $"[AliasAs({CSharpLiteral.String(parameter.WireName)})][Query(CollectionFormat.{format})] ",
            ParameterKind.Query => $"[AliasAs({CSharpLiteral.String(parameter.WireName)})] ",
            _ => parameter.Name.TrimStart('@') == parameter.WireName ? "" : $"[AliasAs({CSharpLiteral.String(parameter.WireName)})] ",
        };

        return parameter.Required
            ? $"{attributes}{parameter.Type.Render()} {parameter.Name}"
            : $"{attributes}{parameter.Type.RenderNullable()} {parameter.Name} = null";
    }
}
