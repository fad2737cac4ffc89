using OffresEmploi.CodeGen.Model;

namespace OffresEmploi.CodeGen.Emitting;

/// <content>Object schemas → <c>sealed partial record</c> with nullable init-only properties.</content>
internal sealed partial class Emitter
{
    private string EmitObject(ObjectTypeModel type)
    {
        var usings = UsingsFor(type.Properties.Select(p => p.Type))
            .Append("System.CodeDom.Compiler")
            .Append("System.Text.Json.Serialization")
            .ToArray();
        var writer = StartFile(_options.ModelsNamespace, usings);

        writer.Doc(XmlDoc.ProseOr("summary", type.Description, $"The <c>{XmlDoc.Inline(type.SchemaName)}</c> schema of the API."));
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

            writer.Doc(XmlDoc.ProseOr("summary", property.Description, $"The API's <c>{XmlDoc.Inline(property.JsonName)}</c> member."));
            writer.Line($"[JsonPropertyName({CSharpLiteral.String(property.JsonName)})]");
            writer.Line($"public {property.Type.RenderNullable()} {property.Name} {{ get; init; }}");
        }

        writer.Close();
        return writer.ToString();
    }
}
