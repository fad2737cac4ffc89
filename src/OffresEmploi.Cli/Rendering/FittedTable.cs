using Spectre.Console;
using Spectre.Console.Rendering;

namespace OffresEmploi.Cli.Rendering;

/// <summary>A table laid out for the width it is drawn at: the richest layout that fits, cells wrapped at spaces only.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <remarks>
/// <para>Spectre sizes columns by itself, but when the console is narrow it squeezes a column below its longest word and
/// folds words anywhere, and cuts nothing by priority. Here the caller lists layouts from the richest to the most compact
/// (fewer columns, or two fields stacked in one cell); the first whose columns all get their comfortable width is drawn,
/// else the first that fits with its columns shrunk (each down to its floor at most), else the last. Column widths are
/// then fixed, and every cell is wrapped by <see cref="WordWrap"/> before Spectre sees it, so no line is wider than the
/// console and no word is split.</para>
/// <para>The layout is chosen when the table is drawn, from the width the console (or a containing widget) offers.</para>
/// </remarks>
internal sealed class FittedTable<T> : IRenderable
{
    private readonly IReadOnlyList<T> _rows;
    private readonly IReadOnlyList<IReadOnlyList<IReadOnlyList<TableField<T>>>> _layouts;
    private readonly Dictionary<TableField<T>, ((string Text, int[] WordWidths)[] Texts, int Widest)> _texts = [];
    private (int Width, Table Table)? _built;

    /// <summary>Creates the table.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="layouts">The layouts, richest first; each is a list of columns, each column one field or several stacked.</param>
    public FittedTable(IEnumerable<T> rows, IReadOnlyList<IReadOnlyList<IReadOnlyList<TableField<T>>>> layouts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(layouts.Count);
        _rows = [.. rows];
        _layouts = layouts;
    }

    /// <summary>The border (defaults to <see cref="TableBorder.Simple"/>).</summary>
    public TableBorder Border { get; init; } = TableBorder.Simple;

    /// <summary>The border's style; null for the default.</summary>
    public Style? BorderStyle { get; init; }

    /// <summary>The padding around each cell (defaults to one space on the right).</summary>
    public Padding CellPadding { get; init; } = new(0, 0, 1, 0);

    /// <summary>The widest the table may be, when less than the console (null: the console's width).</summary>
    public int? MaxWidth { get; init; }

    Measurement IRenderable.Measure(RenderOptions options, int maxWidth) => ((IRenderable)Build(maxWidth)).Measure(options, maxWidth);

    IEnumerable<Segment> IRenderable.Render(RenderOptions options, int maxWidth) => ((IRenderable)Build(maxWidth)).Render(options, maxWidth);

    private Table Build(int maxWidth)
    {
        var width = Math.Min(maxWidth, MaxWidth ?? maxWidth);
        if (_built is { } built && built.Width == width)
        {
            return built.Table;
        }

        var (layout, sizes, overhead) = Choose(width);
        var widths = ColumnFit.Fit(sizes, width - overhead, (column, columnWidth) => LinesAt(layout[column], columnWidth));
        var table = new Table().Border(Border);
        if (layout.Any(column => column.Count > 1))
        {
            // Stacked fields make every row at least two lines tall: a rule between rows shows where each one ends.
            table.ShowRowSeparators();
        }

        if (BorderStyle is { } style)
        {
            table.BorderStyle(style);
        }

        for (var c = 0; c < layout.Count; c++)
        {
            var header = new Rows(layout[c].Select(f => new Markup($"[bold]{Markup.Escape(WordWrap.Wrap(f.Header, widths[c]))}[/]")));
            table.AddColumn(new TableColumn(header).Width(widths[c]).NoWrap().Padding(CellPadding).Alignment(layout[c][0].Alignment));
        }

        for (var r = 0; r < _rows.Count; r++)
        {
            var cells = new IRenderable[layout.Count];
            for (var c = 0; c < layout.Count; c++)
            {
                var row = r;
                var column = c;
                // A stacked field with nothing to show keeps its line (blank) while a field below it has text, so each
                // field of a stack sits on the same line in every row (the id under the salary, even when there is none).
                var texts = layout[c].Select(f => (Field: f, TextsOf(f)[row].Text)).ToList();
                var shown = texts.FindLastIndex(x => x.Text.Length > 0) + 1;
                cells[c] = new Rows(texts.Take(shown).Select(x => new Text(x.Text.Length == 0 ? " " : WordWrap.Wrap(x.Text, widths[column]), x.Field.Style)));
            }

            table.AddRow(cells);
        }

        _built = (width, table);
        return table;
    }

    /// <summary>The first layout whose columns get their comfortable width at <paramref name="width"/>; failing that, the first
    /// whose columns fit shrunk to their floors; failing that, the last.</summary>
    private (IReadOnlyList<IReadOnlyList<TableField<T>>> Layout, ColumnFit.Size[] Sizes, int Overhead) Choose(int width)
    {
        var candidates = _layouts.Select(layout => (Layout: layout, Sizes: layout.Select(Size).ToArray(), Overhead: Overhead(layout.Count))).ToList();
        foreach (var candidate in candidates)
        {
            if (candidate.Sizes.Sum(s => s.Start) + candidate.Overhead <= width)
            {
                return candidate;
            }
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Sizes.Sum(s => s.Floor) + candidate.Overhead <= width)
            {
                return candidate;
            }
        }

        return candidates[^1];
    }

    private ColumnFit.Size Size(IReadOnlyList<TableField<T>> column)
    {
        var content = column.Max(f => Math.Max(WordWrap.Width(f.Header), WidestOf(f)));
        var preferred = Math.Min(content, column.Max(f => f.Max));
        var start = Math.Min(column.Max(f => f.Min), preferred);
        var floor = Math.Min(start, column.Max(f => f.Floor ?? f.Min));
        return new ColumnFit.Size(start, preferred, Math.Max(1, floor));
    }

    // Spectre's own count: two outer edges and a separator between columns when the border shows, plus each cell's padding.
    private int Overhead(int columns) =>
        (Border.Visible ? 2 + (columns - 1) : 0) + (columns * (CellPadding.Left + CellPadding.Right));

    /// <summary>The lines each row takes in a column at a width (stacked fields add up).</summary>
    private int[] LinesAt(IReadOnlyList<TableField<T>> column, int width)
    {
        var lines = new int[_rows.Count];
        foreach (var field in column)
        {
            var texts = TextsOf(field);
            for (var r = 0; r < lines.Length; r++)
            {
                lines[r] += WordWrap.LineCount(texts[r].WordWidths, width);
            }
        }

        return lines;
    }

    private (string Text, int[] WordWidths)[] TextsOf(TableField<T> field) => Content(field).Texts;

    /// <summary>The width of the field's widest text, on one line.</summary>
    private int WidestOf(TableField<T> field) => Content(field).Widest;

    // Each field's texts are read and measured once, however many layouts are tried.
    private ((string Text, int[] WordWidths)[] Texts, int Widest) Content(TableField<T> field)
    {
        if (!_texts.TryGetValue(field, out var content))
        {
            var texts = _rows.Select(row => field.Value(row) ?? "").Select(text => (text, WordWrap.WordWidths(text))).ToArray();
            content = (texts, texts.Select(t => WordWrap.Width(t.text)).DefaultIfEmpty(0).Max());
            _texts[field] = content;
        }

        return content;
    }
}
