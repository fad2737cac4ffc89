using System.Collections.Immutable;
using Microsoft.OpenApi;

namespace OffresEmploi.CodeGen.Parsing;

/// <summary>A spec read from disk: the parsed document plus what the generator needs to stamp and report.</summary>
/// <param name="Document">The parsed OpenAPI document.</param>
/// <param name="FullPath">The absolute spec path (used to find <c>referentiels/</c> beside it).</param>
/// <param name="DisplayPath">The path shown in messages and file headers.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the spec text, line endings normalised to LF.</param>
/// <param name="Diagnostics">Reader and validation errors and warnings.</param>
internal sealed record LoadedSpec(
    OpenApiDocument Document,
    string FullPath,
    string DisplayPath,
    string Sha256,
    ImmutableArray<SpecDiagnostic> Diagnostics);
