using System.Text.RegularExpressions;
using System.Xml.Linq;
using OffresEmploi.Testing;

namespace OffresEmploi.Tools.Tests.Repository;

/// <summary>
/// The project layout of docs/architecture.md, checked against the .csproj files and the solution: the page a newcomer
/// reads first must not drift from what builds, and the rules that keep one path under every facade must hold.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Root = RepositoryFiles.Root;

    private static readonly IReadOnlyList<Project> Projects = [.. RepositoryFiles.SourceFiles("*.csproj")
        .Select(Project.Load)
        .OrderBy(p => p.Path, StringComparer.Ordinal)];

    [Fact]
    public void ArchitecturePage_ListsEveryProjectWithItsProjectReferences()
    {
        var rows = ReadTable();

        Assert.Equal(Projects.Select(p => p.Path).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var project in Projects)
        {
            Assert.True(
                project.References.SetEquals(rows[project.Path]),
                $"{project.Path}: docs/architecture.md says [{string.Join(", ", rows[project.Path].Order())}], the .csproj has [{string.Join(", ", project.References.Order())}]");
        }
    }

    [Fact]
    public void Solution_HoldsEveryProject_SoDotnetTestRunsEveryTestProject()
    {
        var solution = File.ReadAllText(Path.Combine(Root, "OffresEmploi.Sdk.sln")).Replace('\\', '/');

        Assert.All(Projects, p => Assert.Contains($"\"{p.Path}/{Path.GetFileName(p.Path)}.csproj\"", solution, StringComparison.Ordinal));
    }

    [Fact]
    public void ProductTestProjects_ReferenceNoTool()
    {
        var offenders = Projects
            .Where(p => p.Path.StartsWith("tests/", StringComparison.Ordinal) && p.Path != "tests/OffresEmploi.Tools.Tests")
            .SelectMany(p => p.ReferencePaths.Where(r => r.StartsWith("tools/", StringComparison.Ordinal)).Select(r => $"{p.Path} → {r}"));

        Assert.Empty(offenders);
    }

    [Fact]
    public void Facades_UseTheSandboxLibraryOnly_AndTheCliNeedsNoAspNetCore()
    {
        foreach (var facade in new[] { "src/OffresEmploi.Cli", "src/OffresEmploi.Mcp", "src/OffresEmploi.Sdk.AI" })
        {
            Assert.DoesNotContain("Sandbox.Server", Find(facade).References);
        }

        var cli = Find("src/OffresEmploi.Cli");
        Assert.Equal("Microsoft.NET.Sdk", cli.Sdk);
        Assert.DoesNotContain("Microsoft.AspNetCore.App", cli.FrameworkReferences);
        Assert.Equal(
            ["src/OffresEmploi.Sandbox.Server"],
            Projects.Where(p => p.Path.StartsWith("src/", StringComparison.Ordinal) && p.Sdk == "Microsoft.NET.Sdk.Web").Select(p => p.Path));
    }

    [Fact]
    public void OnlyTheSdk_ReferencesRefit()
    {
        Assert.Equal(
            ["src/OffresEmploi.Sdk"],
            Projects.Where(p => p.Packages.Any(name => name.StartsWith("Refit", StringComparison.Ordinal))).Select(p => p.Path));
    }

    [Fact]
    public void OnlyDuckDbEngine_OpensADuckDBConnection()
    {
        // A DuckDB.NET type used before DuckDbEngine sets the engine's resolver fails its static constructor for the
        // whole process; in the CLI's test assembly the later uses then fail or deadlock (the CI run of 2026-12-03 hung so).
        var engine = Path.Combine(Root, "src", "OffresEmploi.Cli", "Storage", "DuckDbEngine.cs");

        var bypasses = RepositoryFiles.SourceFiles("*.cs")
            .Where(file => file != engine)
            .Where(file => File.ReadAllText(file) is var text
                && (text.Contains("new " + "DuckDBConnection(", StringComparison.Ordinal)
                    || text.Contains("new DuckDB.NET.Data." + "DuckDBConnection(", StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(Root, file))
            .ToList();

        Assert.True(File.Exists(engine), engine);
        Assert.Empty(bypasses);
    }

    [Fact]
    public void ArchitecturePage_ListsExactlyThePublicNamespacesOfThePackages()
    {
        // A type line of PublicAPI.*.txt is its full name alone ("OffresEmploi.Sdk.Models.Offre"); members carry
        // "(", " ", "->" or a modifier prefix.
        var declared = new[] { "src/OffresEmploi.Sdk", "src/OffresEmploi.Sdk.AI" }
            .SelectMany(project => new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }.Select(file => Path.Combine(Root, project, file)))
            .SelectMany(File.ReadLines)
            .Select(line => line.Replace("*REMOVED*", "", StringComparison.Ordinal))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.Contains(' ', StringComparison.Ordinal) && !line.Contains('(', StringComparison.Ordinal))
            .Select(line => line[..line.LastIndexOf('.')])
            .ToHashSet(StringComparer.Ordinal);
        var documented = File.ReadLines(Path.Combine(Root, "docs", "architecture.md"))
            .Select(line => NamespaceRow().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["ns"].Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(declared.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    private static Project Find(string path) => Projects.Single(p => p.Path == path);

    /// <summary>Reads the project table: `path` in the first cell, the project references (short names) in the third.</summary>
    private static Dictionary<string, HashSet<string>> ReadTable()
    {
        var rows = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Root, "docs", "architecture.md")))
        {
            var match = TableRow().Match(line);
            if (match.Success)
            {
                var references = match.Groups["refs"].Value.Trim();
                rows.Add(match.Groups["path"].Value, references == "—"
                    ? []
                    : [.. references.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\| `(?<ns>(?:OffresEmploi|Microsoft)\.[\w.]+)` \|")]
    private static partial Regex NamespaceRow();

    [GeneratedRegex(@"^\| `(?<path>(?:src|tools|tests)/OffresEmploi\.[\w.]+)` \| [^|]+ \| (?<refs>[^|]+) \|")]
    private static partial Regex TableRow();

    private sealed record Project(string Path, string Sdk, HashSet<string> References, IReadOnlyList<string> ReferencePaths, IReadOnlyList<string> Packages, IReadOnlyList<string> FrameworkReferences)
    {
        public static Project Load(string file)
        {
            var xml = XDocument.Load(file);
            var directory = System.IO.Path.GetDirectoryName(file)!;
            var referencePaths = xml.Descendants("ProjectReference")
                .Select(r => System.IO.Path.GetRelativePath(Root, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, (string)r.Attribute("Include")!)))!).Replace('\\', '/'))
                .ToList();
            return new Project(
                System.IO.Path.GetRelativePath(Root, directory).Replace('\\', '/'),
                (string?)xml.Root!.Attribute("Sdk") ?? "",
                [.. referencePaths.Select(p => p[(p.LastIndexOf('/') + 1)..].Replace("OffresEmploi.", "", StringComparison.Ordinal))],
                referencePaths,
                [.. xml.Descendants("PackageReference").Select(p => (string)p.Attribute("Include")!)],
                [.. xml.Descendants("FrameworkReference").Select(p => (string)p.Attribute("Include")!)]);
        }
    }
}
