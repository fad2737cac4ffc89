using System.Globalization;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>Number and date formatting for what people read; files use the invariant culture.</summary>
internal static class Formats
{
    /// <summary>French number conventions (1 234,5) built on the invariant culture.</summary>
    /// <remarks>The project builds with invariant globalization, so <c>fr-FR</c> cannot be loaded; the two
    /// separators are all the tables need. A plain space keeps column widths exact in every terminal.</remarks>
    public static CultureInfo Culture { get; } = CreateCulture();

    /// <summary>Formats a whole number with French grouping.</summary>
    /// <param name="value">The number.</param>
    /// <returns>"1 234".</returns>
    public static string Count(long value) => value.ToString("N0", Culture);

    /// <summary>A count with its noun, plural when needed: "1 window", "2 windows".</summary>
    /// <param name="value">The count.</param>
    /// <param name="noun">The singular noun; the plural adds an s.</param>
    /// <returns>The text.</returns>
    public static string Count(long value, string noun) => $"{Count(value)} {noun}{(value == 1 ? "" : "s")}";

    /// <summary>Formats a date as French readers expect it.</summary>
    /// <param name="value">The instant; shown in UTC.</param>
    /// <returns>"12/08/2025", or an empty string.</returns>
    public static string Date(DateTimeOffset? value) =>
        value is { } date ? date.UtcDateTime.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    /// <summary>Formats a date for narrow table columns.</summary>
    /// <param name="value">The instant; shown in UTC.</param>
    /// <returns>"12/08/25", or an empty string.</returns>
    public static string ShortDate(DateTimeOffset? value) =>
        value is { } date ? date.UtcDateTime.ToString("dd/MM/yy", CultureInfo.InvariantCulture) : "";

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberGroupSeparator = " ";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        return CultureInfo.ReadOnly(culture);
    }
}
