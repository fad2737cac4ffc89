namespace OffresEmploi.Mcp.Tests.Deploy;

/// <summary>
/// One directive of a Caddyfile (<c>name arguments...</c>, with an optional <c>{ ... }</c> block of directives), read
/// with the subset of the syntax deploy/Caddyfile uses: one directive per line, <c>#</c> comments, arguments split at
/// spaces (quotes are not read).
/// </summary>
internal sealed record CaddyDirective(string Name, IReadOnlyList<string> Arguments, IReadOnlyList<CaddyDirective> Block)
{
    /// <summary>Reads a whole Caddyfile: its top-level directives (the site blocks).</summary>
    /// <exception cref="FormatException">The braces do not balance.</exception>
    public static IReadOnlyList<CaddyDirective> Parse(string text)
    {
        var lines = text.Split('\n')
            .Select(l => l.TrimStart().StartsWith('#') ? "" : l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var index = 0;
        var result = ReadBlock(lines, ref index);
        return index == lines.Count ? result : throw new FormatException($"Unbalanced '}}' at '{lines[index]}'.");
    }

    /// <summary>Every directive at any depth below this one, depth first.</summary>
    public IEnumerable<CaddyDirective> Descendants() => Block.SelectMany(d => d.Descendants().Prepend(d));

    public override string ToString() => string.Join(' ', Arguments.Prepend(Name));

    private static List<CaddyDirective> ReadBlock(List<string> lines, ref int index)
    {
        var block = new List<CaddyDirective>();
        while (index < lines.Count && lines[index] != "}")
        {
            var words = lines[index++].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var opens = words[^1] == "{";
            var head = opens ? words[..^1] : words;
            IReadOnlyList<CaddyDirective> children = [];
            if (opens)
            {
                children = ReadBlock(lines, ref index);
                if (index++ >= lines.Count)
                {
                    throw new FormatException($"The block of '{string.Join(' ', head)}' is not closed.");
                }
            }

            block.Add(new CaddyDirective(head[0], head[1..], children));
        }

        return block;
    }
}
