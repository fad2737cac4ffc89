using System.Collections.Immutable;

namespace OffresEmploi.CodeGen.Model;

/// <summary>A query-object record holding the query parameters of one operation (<c>x-csharp-query-type</c>).</summary>
/// <param name="Name">The record name.</param>
/// <param name="OperationMethodName">The Refit method that takes it (for the XML doc).</param>
/// <param name="Properties">The query values, in spec order.</param>
internal sealed record QueryTypeModel(string Name, string OperationMethodName, ImmutableArray<QueryPropertyModel> Properties);

/// <summary>One query value of a query object.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="WireName">The query key, exactly as the API spells it.</param>
/// <param name="Type">The C# type (always exposed nullable).</param>
/// <param name="Description">The parameter description, if any.</param>
/// <param name="CollectionFormat">For arrays, the Refit collection format name (<c>Csv</c>, <c>Multi</c>).</param>
internal sealed record QueryPropertyModel(string Name, string WireName, TypeRef Type, string? Description, string? CollectionFormat);
