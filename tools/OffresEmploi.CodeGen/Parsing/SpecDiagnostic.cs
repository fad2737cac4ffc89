namespace OffresEmploi.CodeGen.Parsing;

/// <summary>A reader or validation message about the spec, with the JSON pointer it refers to.</summary>
internal sealed record SpecDiagnostic(string Pointer, string Message, bool IsError)
{
    public override string ToString() => $"{(IsError ? "error" : "warning")}: {Pointer}: {Message}";
}
