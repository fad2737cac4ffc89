using System.Globalization;
using System.Text.RegularExpressions;

namespace OffresEmploi.Sandbox.Http;

/// <summary>The <c>range=p-d</c> rules: at most 150 results, p and d capped (3000/3149 now, 1000/1149 before).</summary>
/// <param name="MaxFirst">The largest accepted start index.</param>
/// <param name="MaxLast">The largest accepted end index.</param>
internal readonly partial record struct RangeLimits(int MaxFirst, int MaxLast)
{
    public const int MaxSize = 150;

    public const int DefaultLast = MaxSize - 1;

    public static RangeLimits Current => new(3000, 3149);

    public static RangeLimits Legacy => new(1000, 1149);

    /// <summary>Parses and checks <c>range</c>; absent means <c>0-149</c>.</summary>
    public (int First, int Last) Parse(string? value)
    {
        if (value is null)
        {
            return (0, DefaultLast);
        }

        var match = RangePattern().Match(value);
        if (!match.Success
            || !int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var last))
        {
            throw new InvalidParameterException(ParameterMessages.RangeFormat);
        }

        if (first > MaxFirst)
        {
            throw new InvalidParameterException(ParameterMessages.RangeStart(MaxFirst));
        }

        if (first > last)
        {
            throw new InvalidParameterException(ParameterMessages.RangeReversed);
        }

        if ((long)last - first + 1 > MaxSize)
        {
            throw new InvalidParameterException(ParameterMessages.RangeTooLarge);
        }

        // Unreachable with the API's own limits (MaxFirst + 149 = MaxLast), kept for custom ones.
        return last > MaxLast ? throw new InvalidParameterException(ParameterMessages.RangeEnd(MaxLast)) : (first, last);
    }

    [GeneratedRegex("^([0-9]+)-([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();
}
