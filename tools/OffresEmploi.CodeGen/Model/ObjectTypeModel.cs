using System.Collections.Immutable;

namespace OffresEmploi.CodeGen.Model;

/// <summary>An object schema, emitted as a <c>sealed partial record</c> with nullable init-only properties.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaName">The key under <c>components.schemas</c>.</param>
/// <param name="Description">The schema description, if any.</param>
/// <param name="Properties">The properties, in spec order.</param>
internal sealed record ObjectTypeModel(string Name, string SchemaName, string? Description, ImmutableArray<PropertyModel> Properties);

/// <summary>One property of an object schema.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="JsonName">The JSON member name, exactly as the API spells it.</param>
/// <param name="Type">The C# type (always exposed nullable).</param>
/// <param name="Description">The property description, if any.</param>
internal sealed record PropertyModel(string Name, string JsonName, TypeRef Type, string? Description);
