namespace OffresEmploi.CodeGen.Parsing;

/// <summary>Builds JSON pointers as URI fragments (<c>#/paths/~1v2~1offres~1search/get</c>).</summary>
internal readonly record struct SpecPointer(string Value)
{
    public static SpecPointer Root { get; } = new("#");

    /// <summary>Appends one reference token, escaping <c>~</c> and <c>/</c> as RFC 6901 requires.</summary>
    public SpecPointer Append(string token) => new(Value + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    public SpecPointer Append(int index) => Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => Value;
}
