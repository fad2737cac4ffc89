using OffresEmploi.Cli.Charts.Font;

namespace OffresEmploi.Cli.Charts.Layout;

/// <summary>Breaks text into lines that fit a width, at spaces; a word wider than the line is cut between characters.</summary>
internal static class TextWrap
{
    /// <summary>Wraps a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="face">The face it is drawn in.</param>
    /// <param name="width">The widest a line may be, in pixels.</param>
    /// <returns>The lines, at least one; none loses a character but the spaces it was broken at.</returns>
    public static IReadOnlyList<string> Lines(string text, GlyphFace face, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (face.MeasureWidth(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (face.MeasureWidth(line) > width && line.Length > 1)
            {
                var fits = 1;
                while (fits < line.Length && face.MeasureWidth(line[..(fits + 1)]) <= width)
                {
                    fits++;
                }

                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        lines.Add(line);
        return lines;
    }
}
