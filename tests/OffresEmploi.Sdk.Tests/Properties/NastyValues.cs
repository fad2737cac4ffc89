using CsCheck;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>Edge and hostile primitive values: empties, whitespace, controls, URL syntax, unicode, extremes.</summary>
internal static class NastyValues
{
    /// <summary>Strings a caller might pass by mistake or malice.</summary>
    public static Gen<string> String { get; } = Gen.Frequency<string>(
        (3, Gen.OneOf(
            "", " ", "  ", "\t", "\n", "\r\n", "\u0000", "\u0001", "\u007F", "\u00A0", "\u2028", "\u200B", "\u200E", "\uFEFF",
            ",", "a,b", ",,", "%", "%20", "%00", "&", "&range=0-5", "=", "?", "#", "+", "/", "\\", "..", "../", "'", "\"",
            "<b>", "é", "e\u0301", "ß", "İ", "ﬁ", "😀", "\uD83D", "\uDE00", "٣", "１", "Ⅻ", "null", "undefined", "-1", "0",
            "NaN", "Infinity", "1e5", "0x10", "true", "TRUE", " 75056", "75056 ", "M1805", "2A", "01", "74")),
        (1, Gen.Char.AlphaNumeric.Array[0, 6].Select(c => new string(c))),
        (1, Gen.String[0, 12]),
        (1, Gen.OneOf(new string('a', 300), new string('é', 2001), string.Concat(Enumerable.Repeat("😀", 50)))));

    /// <summary>Integers around every boundary the API has (0, 1, the published-since values, 99, 150, 3000, int limits).</summary>
    public static Gen<int> Int { get; } = Gen.Frequency<int>(
        (3, Gen.OneOf(int.MinValue, -1000, -1, 0, 1, 2, 3, 7, 14, 31, 32, 99, 100, 149, 150, 365, 3000, 3149, 3150, int.MaxValue)),
        (1, Gen.Int));

    /// <summary>Doubles around every boundary, the special values and the ones that format with an exponent.</summary>
    public static Gen<double> Double { get; } = Gen.Frequency<double>(
        (3, Gen.OneOf(
            double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0, double.Epsilon, 1e-7, 1e-5, 0.1, 0.5,
            1, 24, 98.9999, 99, 99.0000001, 100, -1, -1e-9, 1400, 1400.5, 1e15, 1e16, 1e20, 1e300, double.MaxValue, double.MinValue)),
        (1, Gen.Double));

    /// <summary>Dates from any century, with odd offsets and sub-second parts.</summary>
    public static Gen<DateTimeOffset> Date { get; } = Gen.Frequency<DateTimeOffset>(
        (2, Gen.OneOf(
            DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UnixEpoch,
            new DateTimeOffset(2026, 1, 14, 23, 59, 59, 999, TimeSpan.Zero),
            new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.FromHours(14)),
            new DateTimeOffset(2025, 12, 31, 12, 0, 0, TimeSpan.FromHours(-12)),
            new DateTimeOffset(1, 1, 1, 23, 0, 0, TimeSpan.FromHours(-1)),
            new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.FromHours(14)))),
        (1, Gen.DateTimeOffset));
}
