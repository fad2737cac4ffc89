namespace OffresEmploi.Cli.Charts.Font;

/// <summary>The characters the glyph atlas holds: what French facet labels, place names and titles use, and more.</summary>
/// <remarks>
/// Printable ASCII, Latin-1 (accents, « », ·, NBSP) and the Windows-1252 additions (Œ œ Ÿ € ’ “ ” – — …), plus the
/// narrow no-break space of French typography. <see cref="Replacement"/> (U+FFFD) is drawn for anything else, so a
/// missing character shows as a visible mark, never as nothing.
/// </remarks>
internal static class GlyphRepertoire
{
    /// <summary>The character drawn in place of one the atlas lacks.</summary>
    public const char Replacement = '\uFFFD';

    private const string Windows1252Additions = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    /// <summary>Gets the characters, in code point order.</summary>
    public static IReadOnlyList<char> Characters { get; } = Build();

    private static char[] Build()
    {
        var characters = new SortedSet<char>(Windows1252Additions) { '\u202F', Replacement };
        for (var c = ' '; c <= '~'; c++)
        {
            characters.Add(c);
        }

        for (var c = '\u00A0'; c <= '\u00FF'; c++)
        {
            characters.Add(c);
        }

        return [.. characters];
    }
}
