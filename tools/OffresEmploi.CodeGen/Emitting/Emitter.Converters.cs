using System.Text;
using OffresEmploi.CodeGen.Model;

namespace OffresEmploi.CodeGen.Emitting;

/// <content>
/// Object schemas → a JSON converter nested in each record: a straight <c>Utf8JsonReader</c> loop that dispatches on
/// the member name's length and bytes, fills locals and builds the record once (no boxing, no argument arrays), and
/// keeps string members as UTF-8 bytes until read. It follows the rules of the JSON context: exact member names,
/// unknown members skipped, numbers accepted as strings, nulls not written.
/// </content>
internal sealed partial class Emitter
{
    private string EmitConverter(ObjectTypeModel type)
    {
        var writer = StartFile(
            _options.ModelsNamespace,
            "System",
            "System.CodeDom.Compiler",
            "System.Collections.Generic",
            "System.Text.Json",
            "System.Text.Json.Serialization",
            _options.SerializationNamespace);

        var name = type.Name;
        writer.Line($"public sealed partial record {name}");
        writer.Open();
        writer.Doc(XmlDoc.Markup("summary", $"Reads and writes <see cref=\"{name}\"/> without reflection; string members keep their UTF-8 bytes until read."));
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"internal sealed class Converter : JsonConverter<{name}>");
        writer.Open();
        var codeLists = type.Properties.SelectMany(p => CodeListsIn(p.Type)).Distinct().Order(StringComparer.Ordinal).ToArray();
        foreach (var codeList in codeLists)
        {
            writer.Line($"private static readonly {Global(codeList)}.Converter {CodeListField(codeList)} = new();");
        }

        if (codeLists.Length > 0)
        {
            writer.Line();
        }

        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {name} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader, options);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options) => WriteValue(writer, value, options);");
        writer.Line();
        EmitReadValue(writer, type);
        writer.Line();
        EmitWriteValue(writer, type);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private void EmitReadValue(CodeWriter writer, ObjectTypeModel type)
    {
        writer.Doc(XmlDoc.Markup("summary", $"Reads a <see cref=\"{type.Name}\"/> from the object the reader is on."));
        writer.Line($"public static {type.Name} ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options)");
        writer.Open();
        writer.Line($"JsonValues.ExpectObject(ref reader, {CSharpLiteral.String(type.Name)});");
        foreach (var property in type.Properties)
        {
            writer.Line(IsText(property)
                ? $"Utf8Text {Local(property)} = default;"
                : $"{property.Type.RenderNullable()} {Local(property)} = null;");
        }

        writer.Line("while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)");
        writer.Open();
        writer.Line("var name = reader.ValueIsEscaped || reader.HasValueSequence ? JsonValues.CopyUnescaped(ref reader) : reader.ValueSpan;");
        writer.Line("reader.Read();");
        writer.Line("switch (name.Length)");
        writer.Open();
        foreach (var group in type.Properties.GroupBy(p => Encoding.UTF8.GetByteCount(p.JsonName)).OrderBy(g => g.Key))
        {
            writer.Line($"case {group.Key}:");
            writer.Indented(() =>
            {
                foreach (var property in group)
                {
                    writer.Line($"if (name.SequenceEqual({Utf8(property.JsonName)}))");
                    writer.Open();
                    writer.Line($"{Local(property)} = {ReadExpression(property, "reader", "options")};");
                    writer.Line("continue;");
                    writer.Close();
                    writer.Line();
                }

                writer.Line("break;");
            });
        }

        writer.Close();
        writer.Line();
        writer.Line("reader.Skip();");
        writer.Close();
        writer.Line();
        writer.Line($"return new {type.Name}");
        writer.Open();
        foreach (var property in type.Properties)
        {
            writer.Line($"{(IsText(property) ? FieldName(property) : property.Name)} = {Local(property)},");
        }

        writer.Close(";");
        writer.Close();
    }

    private void EmitWriteValue(CodeWriter writer, ObjectTypeModel type)
    {
        writer.Doc(XmlDoc.Markup("summary", $"Writes a <see cref=\"{type.Name}\"/> as an object, leaving out null members."));
        writer.Line($"public static void WriteValue(Utf8JsonWriter writer, {type.Name} value, JsonSerializerOptions options)");
        writer.Open();
        writer.Line("writer.WriteStartObject();");
        foreach (var property in type.Properties)
        {
            if (IsText(property))
            {
                writer.Line($"if (!value.{FieldName(property)}.IsNull)");
                writer.Open();
                writer.Line($"writer.WritePropertyName({Utf8(property.JsonName)});");
                writer.Line($"value.{FieldName(property)}.Write(writer);");
                writer.Close();
                continue;
            }

            writer.Line($"if (value.{property.Name} is {{ }} {Local(property)})");
            writer.Open();
            writer.Line($"writer.WritePropertyName({Utf8(property.JsonName)});");
            EmitWriteStatement(writer, property.Type, Local(property));
            writer.Close();
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    private void EmitWriteStatement(CodeWriter writer, TypeRef type, string value)
    {
        switch (type)
        {
            case ListTypeRef list:
                writer.Line("writer.WriteStartArray();");
                writer.Line($"foreach (var item in {value})");
                writer.Open();
                if (!list.Element.IsValueType && list.Element != PrimitiveTypeRef.String)
                {
                    writer.Line("if (item is null)");
                    writer.Open();
                    writer.Line("writer.WriteNullValue();");
                    writer.Close();
                    writer.Line("else");
                    writer.Open();
                    EmitWriteStatement(writer, list.Element, "item");
                    writer.Close();
                }
                else
                {
                    EmitWriteStatement(writer, list.Element, "item");
                }

                writer.Close();
                writer.Line("writer.WriteEndArray();");
                break;
            case NamedTypeRef { IsCodeList: true } codeList:
                writer.Line($"{CodeListField(codeList.Name)}.Write(writer, {value}, options);");
                break;
            case NamedTypeRef model:
                writer.Line($"{Global(model.Name)}.Converter.WriteValue(writer, {value}, options);");
                break;
            case PrimitiveTypeRef { Name: "string" or "DateTimeOffset" }:
                writer.Line($"writer.WriteStringValue({value});");
                break;
            case PrimitiveTypeRef { Name: "bool" }:
                writer.Line($"writer.WriteBooleanValue({value});");
                break;
            case PrimitiveTypeRef { Name: "int" or "long" or "double" }:
                writer.Line($"writer.WriteNumberValue({value});");
                break;
            default:
                // Rare types (maps, JsonElement, Uri, DateOnly, ...) go through the context's metadata.
                writer.Line($"JsonValues.WriteWith<{type.Render()}>(writer, {value}, options);");
                break;
        }
    }

    /// <summary>The expression reading a member of <paramref name="property"/>'s type, the reader being on its value.</summary>
    private string ReadExpression(PropertyModel property, string reader, string options)
    {
        var member = CSharpLiteral.String(property.JsonName);
        if (IsText(property))
        {
            return $"Utf8Text.Read(ref {reader}, {member})";
        }

        if (property.Type is ListTypeRef list)
        {
            return $"JsonValues.ReadList(ref {reader}, {member}, static (ref Utf8JsonReader r, JsonSerializerOptions o) => {ItemExpression(list.Element, member)}, {options})";
        }

        // The cast matters: code types convert implicitly from string, so a bare null would become a code.
        return $"{reader}.TokenType == JsonTokenType.Null ? null : ({property.Type.RenderNullable()}){ValueExpression(property.Type, reader, options, member)}";
    }

    /// <summary>An item of a list; null items are kept, as the metadata path keeps them.</summary>
    private string ItemExpression(TypeRef element, string member) => element switch
    {
        PrimitiveTypeRef { Name: "string" } => $"JsonValues.ReadString(ref r, {member})!",
        NamedTypeRef { IsCodeList: false } => $"(r.TokenType == JsonTokenType.Null ? null : {ValueExpression(element, "r", "o", member)})!",
        _ => ValueExpression(element, "r", "o", member),
    };

    private string ValueExpression(TypeRef type, string reader, string options, string member) => type switch
    {
        NamedTypeRef { IsCodeList: true } codeList => $"{CodeListField(codeList.Name)}.Read(ref {reader}, typeof({Global(codeList.Name)}), {options})",
        NamedTypeRef model => $"{Global(model.Name)}.Converter.ReadValue(ref {reader}, {options})",
        PrimitiveTypeRef { Name: "string" } => $"JsonValues.ReadString(ref {reader}, {member})",
        PrimitiveTypeRef { Name: "bool" } => $"JsonValues.ReadBoolean(ref {reader}, {member})",
        PrimitiveTypeRef { Name: "int" } => $"JsonValues.ReadInt32(ref {reader}, {member})",
        PrimitiveTypeRef { Name: "long" } => $"JsonValues.ReadInt64(ref {reader}, {member})",
        PrimitiveTypeRef { Name: "double" } => $"JsonValues.ReadDouble(ref {reader}, {member})",
        PrimitiveTypeRef { Name: "DateTimeOffset" } => $"JsonValues.ReadDateTimeOffset(ref {reader}, {member})",
        _ => $"JsonValues.ReadWith<{type.Render()}>(ref {reader}, {options})",
    };

    private static IEnumerable<string> CodeListsIn(TypeRef type) => type switch
    {
        NamedTypeRef { IsCodeList: true } codeList => [codeList.Name],
        ListTypeRef list => CodeListsIn(list.Element),
        _ => [],
    };

    /// <summary>A model or code type by its full name: inside a record, a member may carry the type's name.</summary>
    private string Global(string typeName) => $"global::{_options.ModelsNamespace}.{typeName}";

    private static string CodeListField(string codeList) => "s_" + Naming.CSharpNames.ToCamelCase(codeList);

    private static string Local(PropertyModel property) => "@" + Naming.CSharpNames.ToCamelCase(property.Name);

    private static string Utf8(string jsonName) => CSharpLiteral.String(jsonName) + "u8";
}
