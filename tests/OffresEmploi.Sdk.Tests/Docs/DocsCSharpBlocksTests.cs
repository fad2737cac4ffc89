using OffresEmploi.Testing.Docs;

namespace OffresEmploi.Sdk.Tests.Docs;

/// <summary>
/// Every csharp block of README.md and docs/*.md compiles without warnings, as its snippet directive says (a complete
/// program by default; see <see cref="SnippetDirective"/>), so the docs cannot rot. The blocks using the AI package are
/// compiled by OffresEmploi.Sdk.AI.Tests, which references it; those using DuckDB.NET by OffresEmploi.Cli.Tests.
/// </summary>
public sealed class DocsCSharpBlocksTests
{
    public static TheoryData<string> Blocks => [.. SdkBlocks().Select(b => b.Location)];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_CompilesWithoutWarnings(string location)
    {
        var block = SdkBlocks().Single(b => b.Location == location);

        var diagnostics = CSharpSnippet.Compile(block, out var image);

        Assert.True(diagnostics.Length == 0, $"{location}:\n{string.Join('\n', diagnostics.Select(d => d.ToString()))}");
        Assert.NotNull(image);
    }

    [Fact]
    public void Blocks_CoverTheSdkPagesAndEveryKind()
    {
        var blocks = SdkBlocks().ToArray();

        Assert.Contains(blocks, b => b.File == "README.md" && b.Directive is null);
        Assert.Contains(blocks, b => b.File == "docs/sdk.md" && b.Directive?.Kind == SnippetKind.Fragment);
        Assert.Contains(blocks, b => b.Directive?.Kind == SnippetKind.Outline);
        Assert.Contains(RepositoryDocs.BlocksOf("csharp"), CSharpSnippet.UsesAiPackage);
    }

    [Fact]
    public void Compile_BrokenBlock_ReportsThePageAndLine()
    {
        var block = new MarkdownBlock("docs/example.md", 10, "csharp", "var x = new NoSuchType();\n", null);

        var diagnostics = CSharpSnippet.Compile(block, out var image);

        Assert.Null(image);
        Assert.Contains(diagnostics, d => d.Id == "CS0246" && d.Location.GetMappedLineSpan().Path == "docs/example.md" && d.Location.GetMappedLineSpan().StartLinePosition.Line == 10);
    }

    [Fact]
    public void Compile_FragmentWithAnUnknownNeed_SaysWhichNeedsExist()
    {
        var block = new MarkdownBlock("docs/example.md", 3, "csharp", "x.Run();\n", new SnippetDirective(SnippetKind.Fragment, ["x"]));

        var error = Assert.Throws<InvalidOperationException>(() => CSharpSnippet.Compile(block, out _));

        Assert.Contains("docs/example.md:3: unknown need(s) x; known: client, request", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- snippet: fragment; needs: client, request -->", "Fragment", "client,request")]
    [InlineData("  <!-- snippet: outline -->", "Outline", "")]
    public void SnippetDirective_Parse_ReadsKindAndNeeds(string line, string kind, string needs)
    {
        var directive = SnippetDirective.Parse(line)!;

        Assert.Equal(kind, directive.Kind.ToString());
        Assert.Equal(needs, string.Join(',', directive.Needs));
    }

    [Theory]
    [InlineData("<!-- snippet: program -->")]
    [InlineData("<!-- snippet: fragment; with: client -->")]
    [InlineData("<!-- snippet: fragment")]
    public void SnippetDirective_Parse_MalformedDirective_Throws(string line) =>
        Assert.Throws<FormatException>(() => SnippetDirective.Parse(line));

    private static IEnumerable<MarkdownBlock> SdkBlocks() => RepositoryDocs.BlocksOf("csharp").Where(b => !CSharpSnippet.UsesAiPackage(b) && !CSharpSnippet.UsesDuckDb(b));
}
