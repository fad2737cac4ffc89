using OffresEmploi.CodeGen.Model;

namespace OffresEmploi.CodeGen.Emitting;

/// <content>The System.Text.Json source-generation context covering every model, list and code type.</content>
internal sealed partial class Emitter
{
    private string EmitJsonContext()
    {
        var writer = StartFile(
            _options.SerializationNamespace,
            "System.Collections.Generic",
            "System.Text.Json.Serialization",
            _options.ModelsNamespace);

        writer.Doc(XmlDoc.Markup("summary", "Source-generated JSON metadata for every model, list and code type of the API (trimming and Native AOT safe)."));
        writer.Doc(XmlDoc.Markup(
            "remarks",
            "Member names are matched exactly as the API spells them; unknown members are skipped; numbers sent as strings are accepted; null members are not written. Models are read and written by their generated converters, which keep string members as UTF-8 until read."));
        // No [GeneratedCode] here: the System.Text.Json generator adds one to its half of this partial class.
        writer.Line("[JsonSourceGenerationOptions(");
        writer.Indented(() =>
        {
            writer.Line("PropertyNameCaseInsensitive = false,");
            writer.Line("UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,");
            writer.Line("NumberHandling = JsonNumberHandling.AllowReadingFromString,");
            writer.Line("DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,");
            // The models' generated converters replace the metadata path: see Emitter.Converters.
            writer.Line("Converters = new[]");
            writer.Line("{");
            writer.Indented(() =>
            {
                foreach (var type in _model.Objects)
                {
                    writer.Line($"typeof({type.Name}.Converter),");
                }
            });
            writer.Line("})]");
        });
        foreach (var type in SerializableTypes())
        {
            writer.Line($"[JsonSerializable(typeof({type}))]");
        }

        writer.Line($"public partial class {_options.JsonContextName} : JsonSerializerContext;");
        return writer.ToString();
    }

    /// <summary>Every generated type plus every list type used by a property or a response, in a stable order.</summary>
    private List<string> SerializableTypes()
    {
        var types = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(TypeRef type)
        {
            if (type is ListTypeRef or MapTypeRef && seen.Add(type.Render()))
            {
                types.Add(type.Render());
            }
        }

        foreach (var type in _model.Objects)
        {
            if (seen.Add(type.Name))
            {
                types.Add(type.Name);
            }
        }

        foreach (var codeList in _model.CodeLists)
        {
            if (seen.Add(codeList.Name))
            {
                types.Add(codeList.Name);
            }
        }

        if (ReferentielOperations().Count > 0 && seen.Add(_options.ReferentielNameType))
        {
            types.Add(_options.ReferentielNameType);
        }

        foreach (var operation in _model.Operations)
        {
            if (operation.ResponseType is { } response)
            {
                Add(response);
            }
        }

        foreach (var property in _model.Objects.SelectMany(o => o.Properties))
        {
            Add(property.Type);
        }

        return types;
    }
}
