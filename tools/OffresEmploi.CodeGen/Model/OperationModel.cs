using System.Collections.Immutable;

namespace OffresEmploi.CodeGen.Model;

/// <summary>One HTTP operation, mapped to one Refit method.</summary>
/// <param name="MethodName">The C# method name (ends with <c>Async</c>).</param>
/// <param name="HttpMethod">The Refit verb attribute name (<c>Get</c>, <c>Post</c>, ...).</param>
/// <param name="Path">The path template, e.g. <c>/v2/offres/{id}</c>.</param>
/// <param name="Summary">The operation summary, if any.</param>
/// <param name="Description">The operation description, if any.</param>
/// <param name="Parameters">The method parameters, in order (path, header, then query object or query values).</param>
/// <param name="ResponseType">The success body type, or null when the success response has no body.</param>
/// <param name="ResponseDescription">The description of the success response, if any.</param>
internal sealed record OperationModel(
    string MethodName,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    ImmutableArray<MethodParameterModel> Parameters,
    TypeRef? ResponseType,
    string? ResponseDescription);
