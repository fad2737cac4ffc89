namespace OffresEmploi.CodeGen.Parsing;

/// <summary>The spec contains something the generator cannot map; names the file, the JSON pointer and the reason.</summary>
internal sealed class SpecMappingException : Exception
{
    public SpecMappingException()
    {
    }

    public SpecMappingException(string message)
        : base(message)
    {
    }

    public SpecMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SpecMappingException(string specPath, string pointer, string reason)
        : base($"{specPath}: {pointer}: {reason}")
    {
        SpecPath = specPath;
        Pointer = pointer;
        Reason = reason;
    }

    /// <summary>The spec file that could not be mapped.</summary>
    public string SpecPath { get; } = "";

    /// <summary>The JSON pointer (as a URI fragment, <c>#/components/schemas/Offre</c>) of the offending node.</summary>
    public string Pointer { get; } = "";

    /// <summary>Why the node could not be mapped.</summary>
    public string Reason { get; } = "";
}
