namespace OffresEmploi.CodeGen.Output;

/// <summary>How a generated file on disk differs from what the generator produces.</summary>
internal enum DifferenceKind
{
    /// <summary>The generator produces the file but it is not on disk.</summary>
    Missing,

    /// <summary>The file is on disk with other content.</summary>
    Changed,

    /// <summary>The file is on disk but the generator no longer produces it.</summary>
    Stale,
}

/// <summary>One generated file that is out of date, by path relative to the output directory.</summary>
internal sealed record FileDifference(string RelativePath, DifferenceKind Kind)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}: {RelativePath}";
}
