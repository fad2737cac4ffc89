using Spectre.Console;

namespace OffresEmploi.Cli.Rendering;

/// <summary>One piece of information shown by a <see cref="FittedTable{T}"/>: a header, a text per row, and how wide it may be.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class TableField<T>
{
    /// <summary>The column header.</summary>
    public required string Header { get; init; }

    /// <summary>The text of a row; empty when the row has nothing to show.</summary>
    public required Func<T, string> Value { get; init; }

    /// <summary>The comfortable width: a layout is chosen only if every field gets at least this much (or its widest text, when
    /// narrower).</summary>
    public required int Min { get; init; }

    /// <summary>The widest the field grows when there is room; longer texts wrap at spaces.</summary>
    public required int Max { get; init; }

    /// <summary>The narrowest the field gets when even the most compact layout does not fit; defaults to <see cref="Min"/> (it never
    /// shrinks).</summary>
    public int? Floor { get; init; }

    /// <summary>The style of the field's texts; null for the console's default.</summary>
    public Style? Style { get; init; }

    /// <summary>The alignment of the column (amounts and counts are right-aligned).</summary>
    public Justify Alignment { get; init; } = Justify.Left;
}
