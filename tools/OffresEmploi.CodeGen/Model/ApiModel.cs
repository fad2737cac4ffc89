using System.Collections.Immutable;

namespace OffresEmploi.CodeGen.Model;

/// <summary>Everything the emitter needs, mapped from one spec. Immutable and independent of Microsoft.OpenApi.</summary>
/// <param name="SpecDisplayPath">The spec path shown in file headers (relative to the repository when possible).</param>
/// <param name="SpecSha256">Lower-case hex SHA-256 of the spec text (line endings normalised to LF).</param>
/// <param name="Title">The API title (<c>info.title</c>).</param>
/// <param name="Description">The API description (<c>info.description</c>), if any.</param>
/// <param name="Operations">The operations, in document order.</param>
/// <param name="QueryTypes">The query-object records declared with <c>x-csharp-query-type</c>.</param>
/// <param name="Objects">The object schemas, in document order.</param>
/// <param name="CodeLists">The code-list schemas, in document order.</param>
internal sealed record ApiModel(
    string SpecDisplayPath,
    string SpecSha256,
    string Title,
    string? Description,
    ImmutableArray<OperationModel> Operations,
    ImmutableArray<QueryTypeModel> QueryTypes,
    ImmutableArray<ObjectTypeModel> Objects,
    ImmutableArray<CodeListModel> CodeLists);
