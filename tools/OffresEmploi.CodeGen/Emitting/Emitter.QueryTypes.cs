using OffresEmploi.CodeGen.Model;

namespace OffresEmploi.CodeGen.Emitting;

/// <content>Query-object records (<c>x-csharp-query-type</c>), flattened inline by Refit's source generator.</content>
internal sealed partial class Emitter
{
    private string EmitQueryType(QueryTypeModel type)
    {
        var usings = UsingsFor(type.Properties.Select(p => p.Type))
            .Append("System.CodeDom.Compiler")
            .Append("Refit")
            .ToArray();
        var writer = StartFile(_options.ModelsNamespace, usings);

        var method = $"{_options.ApiNamespace}.{_options.InterfaceName}.{type.OperationMethodName}";
        writer.Doc(XmlDoc.Markup("summary", $"The query parameters of <see cref=\"{method}\"/>."));
        writer.Doc(XmlDoc.Markup(
            "remarks",
            "Every property is optional; null properties are not sent. Lists are sent as one comma-joined value, booleans in lower case, dates in UTC without milliseconds, code types by their code. Use <c>with</c> to derive a query from another."));
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"public sealed partial record {type.Name}");
        writer.Open();
        for (var i = 0; i < type.Properties.Length; i++)
        {
            var property = type.Properties[i];
            if (i > 0)
            {
                writer.Line();
            }

            writer.Doc(XmlDoc.ProseOr("summary", property.Description, $"The <c>{XmlDoc.Inline(property.WireName)}</c> query parameter."));
            writer.Line($"[AliasAs({CSharpLiteral.String(property.WireName)})]");
            if (property.CollectionFormat is { } format)
            {
                writer.Line($"[Query(CollectionFormat.{format})]");
            }

            writer.Line($"public {property.Type.RenderNullable()} {property.Name} {{ get; init; }}");
        }

        writer.Close();
        return writer.ToString();
    }
}
