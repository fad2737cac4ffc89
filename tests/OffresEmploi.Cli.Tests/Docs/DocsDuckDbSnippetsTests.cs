using OffresEmploi.Testing.Docs;

namespace OffresEmploi.Cli.Tests.Docs;

/// <summary>The C# blocks of the docs that read a sync's DuckDB file compile without warnings, against the assemblies
/// this process loads (the SDK and DuckDB.NET, as a user's app referencing both).</summary>
public sealed class DocsDuckDbSnippetsTests
{
    public static TheoryData<string> Blocks => [.. DuckDbBlocks().Select(b => b.Location)];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_CompilesWithoutWarnings(string location)
    {
        var block = DuckDbBlocks().Single(b => b.Location == location);

        var diagnostics = CSharpSnippet.Compile(block, out var image);

        Assert.True(diagnostics.Length == 0, $"{location}:\n{string.Join('\n', diagnostics.Select(d => d.ToString()))}");
        Assert.NotNull(image);
    }

    [Fact]
    public void Blocks_IncludeTheSyncPage() =>
        Assert.Contains(DuckDbBlocks(), b => b.File == "docs/sync.md");

    private static IEnumerable<MarkdownBlock> DuckDbBlocks() => RepositoryDocs.BlocksOf("csharp").Where(CSharpSnippet.UsesDuckDb);
}
