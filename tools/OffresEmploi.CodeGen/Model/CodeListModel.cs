using System.Collections.Immutable;

namespace OffresEmploi.CodeGen.Model;

/// <summary>A code-list schema, emitted as an extensible enum (<c>readonly partial struct</c>).</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaName">The key under <c>components.schemas</c>.</param>
/// <param name="Description">The schema description, if any.</param>
/// <param name="Referentiel">The referentiel name when the values come from <c>x-referentiel</c>, else null.</param>
/// <param name="Values">The known values, in spec or snapshot order.</param>
internal sealed record CodeListModel(string Name, string SchemaName, string? Description, string? Referentiel, ImmutableArray<CodeValueModel> Values);

/// <summary>One known code of a code list.</summary>
/// <param name="MemberName">The C# static property name.</param>
/// <param name="Code">The code on the wire.</param>
/// <param name="Label">The French label, if known.</param>
internal sealed record CodeValueModel(string MemberName, string Code, string? Label);
