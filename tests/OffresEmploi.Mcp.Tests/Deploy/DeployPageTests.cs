using OffresEmploi.Testing;
using OffresEmploi.Testing.Docs;

namespace OffresEmploi.Mcp.Tests.Deploy;

/// <summary>
/// docs/deploy.md shows every file of deploy/ in full, each in the block after a <c>&lt;!-- file: deploy/NAME --&gt;</c>
/// line, so what a reader copies from the page is what the folder holds.
/// </summary>
public sealed class DeployPageTests
{
    private const string Page = "docs/deploy.md";

    private const string Marker = "<!-- file: ";

    [Fact]
    public void Page_ShowsEveryDeployFile_Once()
    {
        var shown = ShownFiles().Select(s => s.File).ToArray();

        Assert.Equal(DeployFiles.All, shown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Page_Blocks_EqualTheFiles()
    {
        var shown = ShownFiles();

        Assert.NotEmpty(shown);
        Assert.All(shown, s => Assert.True(
            s.Block.Text == DeployFiles.Read(s.File),
            $"{s.Block.Location} differs from {s.File}: copy the file into the block (or the block into the file)"));
    }

    /// <summary>Each block of the page preceded by a file marker, with the file it names.</summary>
    private static List<(string File, MarkdownBlock Block)> ShownFiles()
    {
        var lines = File.ReadAllText(Path.Combine(RepositoryFiles.Root, Page)).ReplaceLineEndings("\n").Split('\n');
        var markers = lines.Count(l => l.StartsWith(Marker, StringComparison.Ordinal));
        var shown = (from block in RepositoryDocs.Blocks
                     where block.File == Page && block.Line >= 2
                     let previous = lines[block.Line - 2].Trim()
                     where previous.StartsWith(Marker, StringComparison.Ordinal) && previous.EndsWith("-->", StringComparison.Ordinal)
                     select (previous[Marker.Length..^3].Trim(), block)).ToList();

        // A marker not right above a fence would silently show nothing: every marker must have found its block.
        Assert.True(shown.Count == markers, $"{Page}: {markers} file markers but {shown.Count} directly above a code block");
        return shown;
    }
}
