using System.Globalization;

namespace OffresEmploi.Cli.Settings;

/// <summary>Parses the <c>--since</c>/<c>--until</c> values.</summary>
internal static class DateArgument
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "yyyyMMdd"];

    /// <summary>Parses a date (<c>2025-08-01</c>) or an ISO 8601 time; a time without offset is UTC.</summary>
    /// <param name="text">The argument.</param>
    /// <param name="endOfDay">For a date alone: true gives 23:59:59 UTC of that day, false 00:00:00.</param>
    /// <param name="value">The instant.</param>
    /// <returns>Whether the text is a date.</returns>
    public static bool TryParse(string text, bool endOfDay, out DateTimeOffset value)
    {
        if (DateOnly.TryParseExact(text, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var time = endOfDay ? new TimeOnly(23, 59, 59) : TimeOnly.MinValue;
            value = new DateTimeOffset(date.ToDateTime(time), TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}
