namespace OffresEmploi.CodeGen.Parsing;

/// <summary>What every mapping step needs to report a failure against the right file.</summary>
internal sealed record SpecContext(string DisplayPath, string SpecDirectory)
{
    /// <summary>Creates the exception for an unmappable node; callers <c>throw</c> it.</summary>
    public SpecMappingException Fail(SpecPointer pointer, string reason) => new(DisplayPath, pointer.Value, reason);
}
