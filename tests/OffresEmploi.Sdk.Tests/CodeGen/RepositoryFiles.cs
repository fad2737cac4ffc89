using OffresEmploi.CodeGen.Cli;

namespace OffresEmploi.Sdk.Tests.CodeGen;

/// <summary>Paths in the source tree, so tests read the committed spec, fixtures and generated files directly.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = RepositoryRoot.FindFrom(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"{RepositoryRoot.SolutionFileName} not found above {AppContext.BaseDirectory}");

    public static string Spec { get; } = Path.Combine(Root, "spec", "offres-emploi-v2.yaml");

    public static string GeneratedDirectory { get; } = Path.Combine(Root, "src", "OffresEmploi.Sdk", "Generated");

    public static string TestSpecs { get; } = Path.Combine(Root, "tests", "OffresEmploi.Sdk.Tests", "CodeGen", "TestSpecs");

    public static string Responses { get; } = Path.Combine(Root, "tests", "OffresEmploi.Sdk.Tests", "Responses");

    public static string ReadResponse(string fileName) => File.ReadAllText(Path.Combine(Responses, fileName));
}
