using OffresEmploi.Testing;
using OffresEmploi.Testing.Docs;

namespace OffresEmploi.Sdk.Tests.Docs;

[CollectionDefinition(nameof(ReadmeQuickstartTests), DisableParallelization = true)]
public sealed class ReadmeQuickstartTestsDefinition;

/// <summary>
/// The two C# blocks under README.md's "The SDK in three lines", compiled with Roslyn exactly as written (a console
/// app's top-level statements with its implicit usings) and the sandbox one run; so the quickstart cannot rot.
/// </summary>
/// <remarks>Runs alone: running the snippet redirects the process-wide <see cref="Console.Out"/> to read what it prints.</remarks>
[Collection(nameof(ReadmeQuickstartTests))]
public sealed class ReadmeQuickstartTests
{
    private const string Heading = "## The SDK in three lines";

    [Fact]
    public void Quickstart_CredentialsBlock_CompilesAsPastedWithoutWarnings()
    {
        var (credentials, _) = QuickstartBlocks();

        var diagnostics = CSharpSnippet.CompileProgram(credentials, out _);

        Assert.Empty(diagnostics);
        Assert.Contains("new OffresEmploiClient(", credentials, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_SandboxBlock_CompilesAndPrintsOffersOfTheDepartement()
    {
        var (_, sandbox) = QuickstartBlocks();
        var diagnostics = CSharpSnippet.CompileProgram(sandbox, out var image);
        Assert.Empty(diagnostics);

        var output = await CSharpSnippet.RunAsync(image!, TestContext.Current.CancellationToken);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(@"^.+ \(74 - .+\)$", line));
    }

    [Fact]
    public void Quickstart_BothBlocks_RunTheSameSearch()
    {
        var (credentials, sandbox) = QuickstartBlocks();

        // Only the client differs, so running the sandbox block also runs the credentials block's search and output lines.
        Assert.Equal(Statements(credentials)[1..], Statements(sandbox)[1..]);
        Assert.Contains("SandboxClientFactory.Create()", Statements(sandbox)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void SdkDocsQuickStart_IsTheReadmeBlock_SoItCompilesToo()
    {
        var first = CSharpBlocksUnder("docs/sdk.md", "## Quick start").FirstOrDefault();

        Assert.True(first is not null, "no csharp block under docs/sdk.md's quick start");
        Assert.Equal(QuickstartBlocks().Credentials, first.Text);
    }

    /// <summary>The first two csharp blocks under README.md's quickstart heading, as written.</summary>
    private static (string Credentials, string Sandbox) QuickstartBlocks()
    {
        var blocks = CSharpBlocksUnder("README.md", Heading).Select(b => b.Text).ToArray();
        Assert.True(blocks.Length >= 2, $"expected two csharp blocks under \"{Heading}\", found {blocks.Length}");
        return (blocks[0], blocks[1]);
    }

    /// <summary>The csharp blocks of a page's section: after its heading, before the next heading of that level.</summary>
    private static IEnumerable<MarkdownBlock> CSharpBlocksUnder(string file, string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, file));
        var start = Array.IndexOf(lines, heading) + 1;
        Assert.True(start > 0, $"{file} has no \"{heading}\" section");
        var level = heading[..(heading.IndexOf(' ', StringComparison.Ordinal) + 1)];
        var next = Array.FindIndex(lines, start, l => l.StartsWith(level, StringComparison.Ordinal));
        var end = next < 0 ? int.MaxValue : next + 1;
        return RepositoryDocs.BlocksOf("csharp").Where(b => b.File == file && b.Line > start && b.Line < end);
    }

    private static string[] Statements(string block) => block.Split('\n')
        .Where(l => l.Length > 0 && !l.StartsWith("using OffresEmploi", StringComparison.Ordinal))
        .Select(l => l.Split("//")[0].TrimEnd())
        .ToArray();
}
