using System.Collections.Immutable;
using OffresEmploi.CodeGen.Model;
using OffresEmploi.CodeGen.Naming;

namespace OffresEmploi.CodeGen.Emitting;

/// <content>
/// The referentiel operations (<see cref="EmitterOptions.ReferentielPathPrefix"/>) as the SDK's one table: a public
/// extensible enum of their names (labelled with the operation summaries) and an internal dispatcher that hands each
/// name's typed Refit call and JSON metadata to a visitor, so no hand-written code keeps a name → call table.
/// </content>
internal sealed partial class Emitter
{
    private sealed record ReferentielOperation(string Name, string MemberName, OperationModel Operation, string ItemType);

    /// <summary>The parameterless GET operations under the prefix whose body is a list of a generated model.</summary>
    private List<ReferentielOperation> ReferentielOperations() =>
        [.. _model.Operations
            .Where(o => o.HttpMethod == "Get" && o.Parameters.IsEmpty && o.Path.StartsWith(_options.ReferentielPathPrefix, StringComparison.Ordinal))
            .Select(o => (Operation: o, Name: o.Path[_options.ReferentielPathPrefix.Length..]))
            .Where(x => x.Name.Length > 0 && !x.Name.Contains('/', StringComparison.Ordinal)
                && x.Operation.ResponseType is ListTypeRef { Element: NamedTypeRef { IsCodeList: false } })
            .Select(x => new ReferentielOperation(
                x.Name,
                CSharpNames.ToPascalCase(x.Name) ?? throw new InvalidOperationException($"No C# name for the referentiel '{x.Name}'."),
                x.Operation,
                ((NamedTypeRef)((ListTypeRef)x.Operation.ResponseType!).Element).Name))];

    private string EmitReferentielName(List<ReferentielOperation> referentiels)
    {
        // The summary is prose for people ("ROME appellations (about 11,500 items)."): drop the Markdown code marks.
        var values = referentiels
            .Select(r => new CodeValueModel(r.MemberName, r.Name, r.Operation.Summary?.Replace("`", "", StringComparison.Ordinal).TrimEnd('.')))
            .ToImmutableArray();
        var codeList = new CodeListModel(
            _options.ReferentielNameType,
            _options.ReferentielNameType,
            $"The referentiels of the API, by the name of their path (`GET {_options.ReferentielPathPrefix}{{name}}`); the label is the operation's summary.",
            Referentiel: null,
            values);
        return EmitCodeList(codeList, labelNoun: "description (the operation's summary)");
    }

    private string EmitReferentielCalls(List<ReferentielOperation> referentiels)
    {
        var name = _options.ReferentielCallsName;
        var writer = StartFile(
            _options.ApiNamespace,
            "System.CodeDom.Compiler",
            "System.Diagnostics.CodeAnalysis",
            _options.ModelsNamespace,
            _options.SerializationNamespace);
        writer.Doc(XmlDoc.Markup("summary", $"Dispatches a <see cref=\"{_options.ReferentielNameType}\"/> to its typed call of <see cref=\"{_options.InterfaceName}\"/>."));
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"internal static class {name}");
        writer.Open();
        writer.Doc(XmlDoc.Markup("summary", "Hands the referentiel's Refit call and the JSON metadata of its item list to <paramref name=\"visitor\"/>."));
        writer.Doc(XmlDoc.Markup("param", "The referentiel.", "name=\"name\""));
        writer.Doc(XmlDoc.Markup("param", "What to do with the typed call.", "name=\"visitor\""));
        writer.Doc(XmlDoc.Markup("param", "What the visitor returned, when the name is known.", "name=\"result\""));
        writer.Doc(XmlDoc.Markup("returns", "Whether <paramref name=\"name\"/> is a referentiel of the spec."));
        writer.Line($"public static bool TryDispatch<TResult>({_options.ReferentielNameType} name, I{name}Visitor<TResult> visitor, [MaybeNullWhen(false)] out TResult result)");
        writer.Open();
        writer.Line("switch (name.Value)");
        writer.Open();
        foreach (var referentiel in referentiels)
        {
            writer.Line($"case {CSharpLiteral.String(referentiel.Name)}:");
            writer.Indented(() =>
            {
                writer.Line($"result = visitor.Visit({_options.ReferentielNameType}.{referentiel.MemberName}, static (api, cancellationToken) => api.{referentiel.Operation.MethodName}(cancellationToken), {_options.JsonContextName}.Default.IReadOnlyList{referentiel.ItemType});");
                writer.Line("return true;");
            });
        }

        writer.Line("default:");
        writer.Indented(() =>
        {
            writer.Line("result = default;");
            writer.Line("return false;");
        });
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private string EmitReferentielCallsVisitor()
    {
        var writer = StartFile(
            _options.ApiNamespace,
            "System",
            "System.CodeDom.Compiler",
            "System.Collections.Generic",
            "System.Text.Json.Serialization.Metadata",
            "System.Threading",
            "System.Threading.Tasks",
            "Refit",
            _options.ModelsNamespace);
        writer.Doc(XmlDoc.Markup("summary", $"Receives one referentiel's typed call from <see cref=\"{_options.ReferentielCallsName}\"/>."));
        writer.Doc(XmlDoc.Markup("typeparam", "What the visit produces.", "name=\"TResult\""));
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"internal interface I{_options.ReferentielCallsName}Visitor<TResult>");
        writer.Open();
        writer.Doc(XmlDoc.Markup("summary", "Visits one referentiel."));
        writer.Doc(XmlDoc.Markup("typeparam", "The item model (<c>Referentiel</c>, <c>Commune</c>...).", "name=\"TItem\""));
        writer.Doc(XmlDoc.Markup("param", "The referentiel.", "name=\"name\""));
        writer.Doc(XmlDoc.Markup("param", "Its Refit call.", "name=\"call\""));
        writer.Doc(XmlDoc.Markup("param", "The JSON metadata of its item list.", "name=\"listTypeInfo\""));
        writer.Doc(XmlDoc.Markup("returns", "The visit's result."));
        writer.Line($"TResult Visit<TItem>({_options.ReferentielNameType} name, Func<{_options.InterfaceName}, CancellationToken, Task<IApiResponse<IReadOnlyList<TItem>>>> call, JsonTypeInfo<IReadOnlyList<TItem>> listTypeInfo)");
        writer.Indented(() => writer.Line("where TItem : class;"));
        writer.Close();
        return writer.ToString();
    }
}
