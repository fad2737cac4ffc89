using OffresEmploi.CodeGen.Model;

namespace OffresEmploi.CodeGen.Emitting;

/// <content>Code lists → extensible enums: a <c>readonly partial struct</c> with a generated JSON converter.</content>
internal sealed partial class Emitter
{
    private string EmitCodeList(CodeListModel codeList, string labelNoun = "French label")
    {
        var name = codeList.Name;
        var writer = StartFile(
            _options.ModelsNamespace,
            "System",
            "System.Buffers",
            "System.CodeDom.Compiler",
            "System.Collections.Generic",
            "System.ComponentModel",
            "System.Diagnostics.CodeAnalysis",
            "System.Text",
            "System.Text.Json",
            "System.Text.Json.Serialization");

        writer.Doc(XmlDoc.ProseOr("summary", codeList.Description, $"The codes of the <c>{XmlDoc.Inline(codeList.SchemaName)}</c> code list."));
        var source = codeList.Referentiel is { } referentiel
            ? $" The known codes come from the <c>{XmlDoc.Inline(referentiel)}</c> referentiel snapshot."
            : "";
        writer.Doc(XmlDoc.Markup(
            "remarks",
            $"An extensible enum: a code the SDK does not know is kept as is, compares by ordinal equality and round-trips through JSON unchanged.{source}"));
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"[JsonConverter(typeof({name}.Converter))]");
        writer.Line($"public readonly partial struct {name} : IEquatable<{name}>, IFormattable, ICodeValue");
        writer.Open();
        writer.Line("private readonly string? _value;");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "Creates a value from its code."));
        writer.Doc(XmlDoc.Markup("param", "The code, exactly as the API spells it.", "name=\"value\""));
        writer.Doc(XmlDoc.Markup("exception", "<paramref name=\"value\"/> is null.", "cref=\"ArgumentNullException\""));
        writer.Line($"public {name}(string value)");
        writer.Open();
        writer.Line("ArgumentNullException.ThrowIfNull(value);");
        writer.Line("_value = value;");
        writer.Close();

        foreach (var value in codeList.Values)
        {
            writer.Line();
            var label = value.Label is { } text ? ": " + XmlDoc.Escape(text) : "";
            writer.Doc(XmlDoc.Markup("summary", $"<c>{XmlDoc.Inline(value.Code)}</c>{label}."));
            writer.Line($"public static {name} {value.MemberName} {{ get; }} = new({CSharpLiteral.String(value.Code)});");
        }

        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "The known codes, in the order of the spec."));
        writer.Line($"public static IReadOnlyList<{name}> KnownValues {{ get; }} = [{string.Join(", ", codeList.Values.Select(v => v.MemberName))}];");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "The code, exactly as the API spells it (empty for <c>default</c>)."));
        writer.Line("public string Value => _value ?? string.Empty;");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", $"The {labelNoun} of this code, or null when the code is not a known one."));
        writer.Line("public string? Label => TryGetLabel(Value, out var label) ? label : null;");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "Whether this code is one of <see cref=\"KnownValues\"/>."));
        writer.Line("public bool IsKnown => Value switch");
        writer.Open();
        foreach (var value in codeList.Values)
        {
            writer.Line($"{CSharpLiteral.String(value.Code)} => true,");
        }

        writer.Line("_ => false,");
        writer.Close(";");

        EmitLabelLookups(writer, codeList, labelNoun);
        EmitEquality(writer, name);
        EmitConverter(writer, name);
        writer.Close();
        return writer.ToString();
    }

    private static void EmitLabelLookups(CodeWriter writer, CodeListModel codeList, string labelNoun)
    {
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", $"Looks up the {labelNoun} of a code (ordinal comparison)."));
        writer.Doc(XmlDoc.Markup("param", "The code.", "name=\"code\""));
        writer.Doc(XmlDoc.Markup("param", "The label when the code is known and labelled, else null.", "name=\"label\""));
        writer.Doc(XmlDoc.Markup("returns", "Whether a label was found."));
        writer.Line("public static bool TryGetLabel(string? code, [NotNullWhen(true)] out string? label)");
        writer.Open();
        writer.Line("label = code switch");
        writer.Open();
        foreach (var value in codeList.Values.Where(v => v.Label is not null))
        {
            writer.Line($"{CSharpLiteral.String(value.Code)} => {CSharpLiteral.String(value.Label!)},");
        }

        writer.Line("_ => null,");
        writer.Close(";");
        writer.Line("return label is not null;");
        writer.Close();

        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", $"Finds the known code whose {labelNoun} is <paramref name=\"label\"/> (ordinal comparison; the first code wins when labels repeat)."));
        writer.Doc(XmlDoc.Markup("param", "The label, e.g. as offers carry it.", "name=\"label\""));
        writer.Doc(XmlDoc.Markup("param", "The code when found, else <c>default</c>.", "name=\"value\""));
        writer.Doc(XmlDoc.Markup("returns", "Whether a known code has that label."));
        writer.Line($"public static bool TryFromLabel(string? label, out {codeList.Name} value)");
        writer.Open();
        writer.Line("value = label switch");
        writer.Open();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in codeList.Values.Where(v => v.Label is not null && seen.Add(v.Label)))
        {
            writer.Line($"{CSharpLiteral.String(value.Label!)} => {value.MemberName},");
        }

        writer.Line("_ => default,");
        writer.Close(";");
        writer.Line("return value._value is not null;");
        writer.Close();
    }

    private static void EmitEquality(CodeWriter writer, string name)
    {
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "Creates a value from its code (the named alternative to the implicit conversion)."));
        writer.Doc(XmlDoc.Markup("param", "The code.", "name=\"value\""));
        writer.Doc(XmlDoc.Markup("returns", "The value."));
        writer.Line($"public static {name} FromValue(string value) => new(value);");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "Converts a code to a value."));
        writer.Doc(XmlDoc.Markup("param", "The code.", "name=\"value\""));
        writer.Line($"public static implicit operator {name}(string value) => new(value);");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "Whether two values have the same code (ordinal comparison)."));
        writer.Doc(XmlDoc.Markup("param", "The first value.", "name=\"left\""));
        writer.Doc(XmlDoc.Markup("param", "The second value.", "name=\"right\""));
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "Whether two values have different codes (ordinal comparison)."));
        writer.Doc(XmlDoc.Markup("param", "The first value.", "name=\"left\""));
        writer.Doc(XmlDoc.Markup("param", "The second value.", "name=\"right\""));
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "Whether <paramref name=\"other\"/> has the same code (ordinal comparison)."));
        writer.Doc(XmlDoc.Markup("param", "The other value.", "name=\"other\""));
        writer.Doc(XmlDoc.Markup("returns", "Whether the codes are equal."));
        writer.Line($"public bool Equals({name} other) => string.Equals(Value, other.Value, StringComparison.Ordinal);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("[EditorBrowsable(EditorBrowsableState.Never)]");
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("[EditorBrowsable(EditorBrowsableState.Never)]");
        writer.Line("public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "Returns the code."));
        writer.Doc(XmlDoc.Markup("returns", "The code, exactly as the API spells it."));
        writer.Line("public override string ToString() => Value;");
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", "Returns the code; formats do not apply to codes."));
        writer.Doc(XmlDoc.Markup("remarks", "Implemented so Refit's source generator treats the type as a scalar query value (no reflection)."));
        writer.Line("string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;");
    }

    private static void EmitConverter(CodeWriter writer, string name)
    {
        writer.Line();
        writer.Doc(XmlDoc.Markup("summary", $"Reads and writes <see cref=\"{name}\"/> as its code; unknown codes round-trip unchanged."));
        writer.Line($"internal sealed class Converter : JsonConverter<{name}>");
        writer.Open();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {name} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch");
        writer.Open();
        writer.Line("JsonTokenType.String => new(reader.GetString()!),");
        writer.Line("// Tolerate a numeric code (\"1\" sent as 1): keep its exact text.");
        writer.Line("JsonTokenType.Number => new(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan)),");
        writer.Line($"_ => throw new JsonException($\"Expected a string code for {name}, got {{reader.TokenType}}.\"),");
        writer.Close(";");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {name} ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString()!);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void WriteAsPropertyName(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);");
        writer.Close();
    }
}
