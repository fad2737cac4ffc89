using System.Text.RegularExpressions;

namespace OffresEmploi.Testing.Docs;

/// <summary>The user documentation (README.md and docs/*.md) and its fenced code blocks, read from the source tree, so
/// tests can compile and run what the pages show.</summary>
internal static partial class RepositoryDocs
{
    /// <summary>The shell languages whose blocks hold commands to type.</summary>
    public static readonly string[] ShellLanguages = ["bash", "sh", "shell", "console"];

    /// <summary>Gets the documentation pages, relative to the repository root: README.md, then docs/*.md by name.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "README.md",
        .. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "docs"), "*.md")
            .Select(path => "docs/" + Path.GetFileName(path))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Every fenced block of every page, in page order.</summary>
    public static IReadOnlyList<MarkdownBlock> Blocks { get; } = Files.SelectMany(Read).ToArray();

    /// <summary>The blocks tagged with one of <paramref name="languages"/>.</summary>
    public static IEnumerable<MarkdownBlock> BlocksOf(params string[] languages) =>
        Blocks.Where(b => languages.Contains(b.Language, StringComparer.Ordinal));

    /// <summary>The command lines of the shell blocks, each with the block it comes from; a console transcript's
    /// <c>$ </c> prompt is removed, continuation lines are not joined (the docs write one command per line).</summary>
    public static IEnumerable<(MarkdownBlock Block, string Command)> ShellCommands() =>
        from block in BlocksOf(ShellLanguages)
        from line in block.Text.Split('\n')
        let command = line.StartsWith("$ ", StringComparison.Ordinal) ? line[2..] : line
        where command.Length > 0 && !command.StartsWith('#')
        select (block, command);

    private static IEnumerable<MarkdownBlock> Read(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, file)).ReplaceLineEndings("\n");
        var lines = text.Split('\n');
        foreach (Match fence in Fence().Matches(text))
        {
            var indent = fence.Groups["indent"].Value;
            var body = string.Concat(fence.Groups["body"].Value.Split('\n').SkipLast(1)
                .Select(l => (l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()) + "\n"));
            var line = text.AsSpan(0, fence.Index).Count('\n') + 1;
            var previous = line >= 2 ? lines[line - 2] : "";
            yield return new MarkdownBlock(file, line, fence.Groups["language"].Value, body, SnippetDirective.Parse(previous));
        }
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)```(?<language>[\w-]*)[ \t]*\n(?<body>.*?\n)\k<indent>```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
