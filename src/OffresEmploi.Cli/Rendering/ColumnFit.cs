namespace OffresEmploi.Cli.Rendering;

/// <summary>Shares a width between table columns: every column starts at its comfortable width; spare room goes where it
/// saves the most wrapped lines; when room is short, each column shrinks in proportion to what it can give.</summary>
internal static class ColumnFit
{
    // A line saved off the table's height is worth more than any number of lines saved inside rows that stay as tall.
    private const long HeightWeight = 1_000_000;

    /// <summary>What a column asks for.</summary>
    /// <param name="Start">The width it gets before any growing or shrinking.</param>
    /// <param name="Preferred">The width of its content (capped): it never grows beyond.</param>
    /// <param name="Floor">The narrowest it may become.</param>
    internal readonly record struct Size(int Start, int Preferred, int Floor);

    /// <summary>The width of each column.</summary>
    /// <param name="columns">The columns.</param>
    /// <param name="available">The width for their contents (the console width less borders and padding).</param>
    /// <param name="rowLines">The number of lines each row's cell takes in a column at a width: (column, width) → lines per row.</param>
    /// <returns>The widths, summing to at most <paramref name="available"/> unless every column is at its floor.</returns>
    public static int[] Fit(IReadOnlyList<Size> columns, int available, Func<int, int, int[]> rowLines)
    {
        var widths = columns.Select(c => c.Start).ToArray();
        var excess = widths.Sum() - available;
        if (excess > 0)
        {
            // Each column gives in proportion to what it can give (its start less its floor): a wide title gives more than
            // a salary, and a column at its floor (an id, a date) gives nothing.
            var giving = columns.Select(c => Math.Max(0, c.Start - c.Floor)).ToArray();
            Take(widths, giving, Math.Min(excess, giving.Sum()));
            return widths;
        }

        Grow(columns, widths, -excess, new LineCache(rowLines));
        return widths;
    }

    /// <summary>Widens one column at a time, each time the one that saves the most lines per cell, until the room is spent or
    /// no widening saves a line; what is left stays unused (the table is narrower than the console).</summary>
    private static void Grow(IReadOnlyList<Size> columns, int[] widths, int spare, LineCache lines)
    {
        while (spare > 0)
        {
            var best = (Column: -1, Width: 0, Gain: 0.0);
            for (var c = 0; c < widths.Length; c++)
            {
                var others = TallestOfOthers(widths, c, lines);
                var current = Score(others, lines.At(c, widths[c]));
                for (var w = widths[c] + 1; w <= Math.Min(columns[c].Preferred, widths[c] + spare); w++)
                {
                    var gain = (double)(current - Score(others, lines.At(c, w))) / (w - widths[c]);
                    if (gain > best.Gain)
                    {
                        best = (c, w, gain);
                    }
                }
            }

            if (best.Column < 0)
            {
                return;
            }

            spare -= best.Width - widths[best.Column];
            widths[best.Column] = best.Width;
        }
    }

    /// <summary>Per row: the lines of the tallest cell outside column <paramref name="column"/>, and the lines of those cells together.</summary>
    private static (int Tallest, int Sum)[] TallestOfOthers(int[] widths, int column, LineCache lines)
    {
        var rows = lines.At(0, widths[0]).Length;
        var result = new (int Tallest, int Sum)[rows];
        for (var c = 0; c < widths.Length; c++)
        {
            if (c == column)
            {
                continue;
            }

            var cells = lines.At(c, widths[c]);
            for (var r = 0; r < rows; r++)
            {
                result[r] = (Math.Max(result[r].Tallest, cells[r]), result[r].Sum + cells[r]);
            }
        }

        return result;
    }

    /// <summary>The table's height first, then its wrapped lines, as one number: lower is better.</summary>
    private static long Score((int Tallest, int Sum)[] others, int[] cells)
    {
        long score = 0;
        for (var r = 0; r < cells.Length; r++)
        {
            score += (HeightWeight * Math.Max(1, Math.Max(others[r].Tallest, cells[r]))) + others[r].Sum + cells[r];
        }

        return score;
    }

    /// <summary>Takes <paramref name="amount"/> cells in proportion to what each column can give, never more.</summary>
    private static void Take(int[] widths, int[] giving, int amount)
    {
        var total = giving.Sum();
        if (amount <= 0 || total == 0)
        {
            return;
        }

        var left = (int[])giving.Clone();
        var taken = 0;
        for (var i = 0; i < widths.Length; i++)
        {
            var share = (int)((long)amount * giving[i] / total);
            widths[i] -= share;
            left[i] -= share;
            taken += share;
        }

        // What rounding left over comes one cell at a time from the columns with the most left to give.
        for (var rest = amount - taken; rest > 0; rest--)
        {
            var most = Array.IndexOf(left, left.Max());
            widths[most]--;
            left[most]--;
        }
    }

    /// <summary>Remembers the line counts already computed: the search tries each width of each column many times.</summary>
    private sealed class LineCache(Func<int, int, int[]> rowLines)
    {
        private readonly Dictionary<(int Column, int Width), int[]> _lines = [];

        public int[] At(int column, int width)
        {
            if (!_lines.TryGetValue((column, width), out var lines))
            {
                lines = rowLines(column, width);
                _lines[(column, width)] = lines;
            }

            return lines;
        }
    }
}
