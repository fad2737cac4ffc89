namespace OffresEmploi.Testing;

/// <summary>Paths in the source tree, so tests read the committed spec, fixtures and generated files directly.</summary>
internal static class RepositoryFiles
{
    private const string SolutionFileName = "OffresEmploi.Sdk.sln";

    /// <summary>Gets the first directory above the test binaries that holds the solution (tests reference no tool, so
    /// not the generator's own <c>RepositoryRoot</c>).</summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"{SolutionFileName} not found above {AppContext.BaseDirectory}");

    public static string Spec { get; } = Path.Combine(Root, "spec", "offres-emploi-v2.yaml");

    public static string GeneratedDirectory { get; } = Path.Combine(Root, "src", "OffresEmploi.Sdk", "Generated");

    public static string TestSpecs { get; } = Path.Combine(Root, "tests", "OffresEmploi.Tools.Tests", "CodeGen", "TestSpecs");

    public static string Responses { get; } = Path.Combine(Root, "tests", "OffresEmploi.Sdk.Tests", "Responses");

    public static string ReadResponse(string fileName) => File.ReadAllText(Path.Combine(Responses, fileName));

    /// <summary>The files under src/, tools/ and tests/ that match <paramref name="pattern"/>, build output (bin/, obj/)
    /// left out.</summary>
    /// <param name="pattern">A file name pattern, such as <c>*.cs</c>.</param>
    /// <returns>Their full paths.</returns>
    public static IEnumerable<string> SourceFiles(string pattern) =>
        new[] { "src", "tools", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories))
            .Where(path => !IsUnder(path, "bin") && !IsUnder(path, "obj"));

    private static bool IsUnder(string path, string folder) =>
        path.Contains($"{Path.DirectorySeparatorChar}{folder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
