namespace OffresEmploi.CodeGen.Model;

/// <summary>Where a Refit method parameter goes in the request.</summary>
internal enum ParameterKind
{
    /// <summary>A <c>{name}</c> segment of the path.</summary>
    Path,

    /// <summary>A request header.</summary>
    Header,

    /// <summary>A single query value.</summary>
    Query,

    /// <summary>A generated query object whose properties are the query values.</summary>
    QueryObject,
}

/// <summary>One parameter of a Refit method.</summary>
/// <param name="Kind">Where the value goes.</param>
/// <param name="Name">The C# parameter name (camelCase).</param>
/// <param name="WireName">The name on the wire (path placeholder, header or query key).</param>
/// <param name="Type">The C# type.</param>
/// <param name="Required">Whether the parameter is required (required parameters are not nullable and have no default).</param>
/// <param name="Description">The parameter description, if any.</param>
/// <param name="CollectionFormat">For array query values, the Refit collection format name (<c>Csv</c>, <c>Multi</c>).</param>
internal sealed record MethodParameterModel(
    ParameterKind Kind,
    string Name,
    string WireName,
    TypeRef Type,
    bool Required,
    string? Description,
    string? CollectionFormat);
