namespace OffresEmploi.Testing.Docs;

/// <summary>
/// How a C# block of the docs is compiled, from an HTML comment on the line before its fence (invisible on the rendered
/// page). Without one, a block is a complete <c>Program.cs</c>.
/// <list type="bullet">
/// <item><c>&lt;!-- snippet: fragment; needs: client, request --&gt;</c>: statements from a program that already has what
/// the needs name (see <see cref="CSharpSnippet.Needs"/>): they are compiled in an async method taking them as
/// parameters, with the quick start's usings.</item>
/// <item><c>&lt;!-- snippet: outline --&gt;</c>: an API outline (signatures, not code): every type it declares must
/// exist in the namespace it is listed under.</item>
/// </list>
/// </summary>
/// <param name="Kind">The kind of snippet.</param>
/// <param name="Needs">What a fragment takes from the program around it.</param>
internal sealed record SnippetDirective(SnippetKind Kind, IReadOnlyList<string> Needs)
{
    private const string Prefix = "<!-- snippet:";

    /// <summary>Reads a directive line; null when the line is not one.</summary>
    /// <exception cref="FormatException">The line starts like a directive but does not read as one.</exception>
    public static SnippetDirective? Parse(string line)
    {
        line = line.Trim();
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        if (!line.EndsWith("-->", StringComparison.Ordinal))
        {
            throw new FormatException($"A snippet directive ends with '-->' on the same line: {line}");
        }

        var parts = line[Prefix.Length..^3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var kind = parts.FirstOrDefault() switch
        {
            "fragment" => SnippetKind.Fragment,
            "outline" => SnippetKind.Outline,
            _ => throw new FormatException($"A snippet directive starts with 'fragment' or 'outline': {line}"),
        };
        var needs = parts.Skip(1)
            .Select(p => p.StartsWith("needs:", StringComparison.Ordinal)
                ? p["needs:".Length..]
                : throw new FormatException($"Unknown part '{p}' in snippet directive: {line}"))
            .SelectMany(p => p.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        return new SnippetDirective(kind, needs);
    }
}

/// <summary>The kinds of C# blocks in the docs.</summary>
internal enum SnippetKind
{
    /// <summary>Statements from the middle of a program.</summary>
    Fragment,

    /// <summary>Signatures listed for reading.</summary>
    Outline,
}
