namespace OffresEmploi.CodeGen.Model;

/// <summary>A C# type used by a generated member, independent of nullability.</summary>
internal abstract record TypeRef
{
    /// <summary>Whether the C# type is a value type (so its nullable form is <c>Nullable&lt;T&gt;</c>).</summary>
    public abstract bool IsValueType { get; }

    /// <summary>The C# spelling without nullable annotation, e.g. <c>IReadOnlyList&lt;Offre&gt;</c>.</summary>
    public abstract string Render();

    /// <summary>The C# spelling with a nullable annotation, e.g. <c>DateTimeOffset?</c>.</summary>
    public string RenderNullable() => Render() + "?";
}

/// <summary>A BCL type spelled with its C# keyword or simple name (<c>string</c>, <c>DateTimeOffset</c>).</summary>
internal sealed record PrimitiveTypeRef(string Name, bool ValueType) : TypeRef
{
    public static readonly PrimitiveTypeRef String = new("string", false);
    public static readonly PrimitiveTypeRef Boolean = new("bool", true);
    public static readonly PrimitiveTypeRef Int32 = new("int", true);
    public static readonly PrimitiveTypeRef Int64 = new("long", true);
    public static readonly PrimitiveTypeRef Double = new("double", true);
    public static readonly PrimitiveTypeRef Single = new("float", true);
    public static readonly PrimitiveTypeRef Decimal = new("decimal", true);
    public static readonly PrimitiveTypeRef DateTimeOffset = new("DateTimeOffset", true);
    public static readonly PrimitiveTypeRef DateOnly = new("DateOnly", true);
    public static readonly PrimitiveTypeRef Uri = new("Uri", false);
    public static readonly PrimitiveTypeRef JsonElement = new("JsonElement", true);

    public override bool IsValueType => ValueType;

    public override string Render() => Name;
}

/// <summary>A generated model (record) or code type (extensible enum struct).</summary>
internal sealed record NamedTypeRef(string Name, bool IsCodeList) : TypeRef
{
    public override bool IsValueType => IsCodeList;

    public override string Render() => Name;
}

/// <summary>An array schema, exposed as <c>IReadOnlyList&lt;T&gt;</c>.</summary>
internal sealed record ListTypeRef(TypeRef Element) : TypeRef
{
    public override bool IsValueType => false;

    public override string Render() => $"IReadOnlyList<{Element.Render()}>";
}

/// <summary>An object schema with only <c>additionalProperties</c>, exposed as a read-only dictionary.</summary>
internal sealed record MapTypeRef(TypeRef Value) : TypeRef
{
    public override bool IsValueType => false;

    public override string Render() => $"IReadOnlyDictionary<string, {Value.Render()}>";
}
