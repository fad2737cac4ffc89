using OffresEmploi.Testing.Docs;

namespace OffresEmploi.Sdk.AI.Tests.Docs;

/// <summary>The csharp blocks of README.md and docs/*.md that use the AI package compile without warnings (the others:
/// OffresEmploi.Sdk.Tests' DocsCSharpBlocksTests).</summary>
public sealed class DocsAiSnippetsTests
{
    public static TheoryData<string> Blocks => [.. AiBlocks().Select(b => b.Location)];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_CompilesWithoutWarnings(string location)
    {
        var block = AiBlocks().Single(b => b.Location == location);

        var diagnostics = CSharpSnippet.Compile(block, out var image);

        Assert.True(diagnostics.Length == 0, $"{location}:\n{string.Join('\n', diagnostics.Select(d => d.ToString()))}");
        Assert.NotNull(image);
    }

    [Fact]
    public void Blocks_IncludeTheMcpPagesProgramAndChatFragment()
    {
        var blocks = AiBlocks().Where(b => b.File == "docs/mcp.md").ToArray();

        Assert.Contains(blocks, b => b.Directive is null && b.Text.Contains("OffresEmploiTools.Create(", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Directive?.Needs.Contains("chatClient") == true);
    }

    private static IEnumerable<MarkdownBlock> AiBlocks() => RepositoryDocs.BlocksOf("csharp").Where(CSharpSnippet.UsesAiPackage);
}
