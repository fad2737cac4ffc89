using System.Collections.Immutable;
using OffresEmploi.CodeGen.Emitting;
using OffresEmploi.CodeGen.Model;
using OffresEmploi.CodeGen.Parsing;

namespace OffresEmploi.CodeGen;

/// <summary>The whole pipeline in memory: load → parse → emit. Used by the command line and by the drift test.</summary>
internal static class CodeGenerator
{
    /// <summary>Generates every file for <paramref name="specPath"/>, keyed by path relative to the output directory.</summary>
    /// <param name="specPath">The spec file.</param>
    /// <param name="displayPath">How to name the spec in headers and messages (defaults to the path as given).</param>
    /// <exception cref="SpecMappingException">The spec cannot be loaded or mapped; nothing was produced.</exception>
    public static ImmutableSortedDictionary<string, string> Generate(string specPath, string? displayPath = null) =>
        Emitter.Emit(Parse(specPath, displayPath));

    /// <summary>Loads and maps <paramref name="specPath"/> without emitting.</summary>
    public static ApiModel Parse(string specPath, string? displayPath = null) =>
        SpecParser.Parse(SpecLoader.Load(specPath, displayPath ?? specPath));
}
