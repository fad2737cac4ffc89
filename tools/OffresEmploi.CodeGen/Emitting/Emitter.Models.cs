using OffresEmploi.CodeGen.Model;

namespace OffresEmploi.CodeGen.Emitting;

/// <content>
/// Object schemas → <c>sealed partial record</c> with nullable init-only properties. String members are backed by an
/// <c>Utf8Text</c> field, so the generated converter (<see cref="EmitConverter"/>) can keep their UTF-8 bytes until read.
/// </content>
internal sealed partial class Emitter
{
    private string EmitObject(ObjectTypeModel type)
    {
        var usings = UsingsFor(type.Properties.Select(p => p.Type))
            .Append("System.CodeDom.Compiler")
            .Append("System.Text.Json.Serialization")
            .Append(_options.SerializationNamespace)
            .ToArray();
        var writer = StartFile(_options.ModelsNamespace, usings);

        writer.Doc(XmlDoc.ProseOr("summary", type.Description, $"The <c>{XmlDoc.Inline(type.SchemaName)}</c> schema of the API."));
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"public sealed partial record {type.Name}");
        writer.Open();
        var texts = type.Properties.Where(IsText).ToArray();
        foreach (var property in texts)
        {
            writer.Line($"private Utf8Text {FieldName(property)};");
        }

        if (texts.Length > 0)
        {
            writer.Line();
        }

        for (var i = 0; i < type.Properties.Length; i++)
        {
            var property = type.Properties[i];
            if (i > 0)
            {
                writer.Line();
            }

            writer.Doc(XmlDoc.ProseOr("summary", property.Description, $"The API's <c>{XmlDoc.Inline(property.JsonName)}</c> member."));
            writer.Line($"[JsonPropertyName({CSharpLiteral.String(property.JsonName)})]");
            writer.Line(IsText(property)
                ? $"public string? {property.Name} {{ get => {FieldName(property)}.Value; init => {FieldName(property)} = new(value); }}"
                : $"public {property.Type.RenderNullable()} {property.Name} {{ get; init; }}");
        }

        writer.Close();
        return writer.ToString();
    }

    /// <summary>Whether the member is a plain string, kept as UTF-8 until read.</summary>
    private static bool IsText(PropertyModel property) => property.Type == PrimitiveTypeRef.String;

    private static string FieldName(PropertyModel property) => "_" + Naming.CSharpNames.ToCamelCase(property.Name);
}
