namespace OffresEmploi.Testing.Docs;

/// <summary>A fenced code block of the repository's documentation, as written.</summary>
/// <param name="File">The Markdown file, relative to the repository root, with '/' separators.</param>
/// <param name="Line">The line of the opening fence (1-based).</param>
/// <param name="Language">The fence's language tag (<c>csharp</c>, <c>bash</c>...), empty when none.</param>
/// <param name="Text">The block's content, without the fences and their indentation, lines ending in '\n'.</param>
/// <param name="Directive">The <c>&lt;!-- snippet: ... --&gt;</c> comment on the line before the fence, if any.</param>
internal sealed record MarkdownBlock(string File, int Line, string Language, string Text, SnippetDirective? Directive)
{
    /// <summary>Gets where the block is, as <c>docs/sdk.md:37</c>.</summary>
    public string Location => $"{File}:{Line}";

    public override string ToString() => Location;
}
