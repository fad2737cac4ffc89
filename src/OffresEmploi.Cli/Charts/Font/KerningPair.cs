namespace OffresEmploi.Cli.Charts.Font;

/// <summary>A pen adjustment between two characters ("AV", "Te"), from the font's kerning.</summary>
/// <param name="Left">The first character.</param>
/// <param name="Right">The character after it.</param>
/// <param name="Adjust64">What to add to the first one's advance, in 1/64 pixel (negative: closer).</param>
internal readonly record struct KerningPair(char Left, char Right, int Adjust64);
