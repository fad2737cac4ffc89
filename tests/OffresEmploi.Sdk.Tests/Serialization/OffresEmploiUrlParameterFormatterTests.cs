using System.Globalization;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Sdk.Tests.Serialization;

public class OffresEmploiUrlParameterFormatterTests
{
    private static string? Format(object? value) =>
        new OffresEmploiUrlParameterFormatter().Format(value, typeof(OffresSearchRequest), value?.GetType() ?? typeof(object));

    [Fact]
    public void Format_Booleans_AreLowerCase()
    {
        Assert.Equal("true", Format(true));
        Assert.Equal("false", Format(false));
    }

    [Fact]
    public void Format_DateTimeOffset_IsUtcWithoutMilliseconds()
    {
        var value = new DateTimeOffset(2025, 3, 30, 1, 59, 59, 999, TimeSpan.FromHours(1));

        Assert.Equal("2025-03-30T00:59:59Z", Format(value));
    }

    [Theory]
    [InlineData(DateTimeKind.Utc, "2025-06-01T12:00:00Z")]
    [InlineData(DateTimeKind.Unspecified, "2025-06-01T12:00:00Z")]
    public void Format_DateTime_UtcOrUnspecified_IsWrittenAsUtc(DateTimeKind kind, string expected) =>
        Assert.Equal(expected, Format(new DateTime(2025, 6, 1, 12, 0, 0, 500, kind)));

    [Fact]
    public void Format_LocalDateTime_IsConvertedToUtc()
    {
        var local = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Local);

        Assert.Equal(local.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Format(local));
    }

    [Fact]
    public void Format_Numbers_UseTheInvariantCultureWhateverTheCurrentOne()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // The build runs in globalization-invariant mode, so build a culture with French separators by hand.
            var french = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            french.NumberFormat.NumberDecimalSeparator = ",";
            french.NumberFormat.NumberGroupSeparator = "\u202f";
            CultureInfo.CurrentCulture = french;
            Assert.Equal("0,5", 0.5.ToString(CultureInfo.CurrentCulture));

            Assert.Equal("0.5", Format(0.5));
            Assert.Equal("1400.25", Format(1400.25m));
            Assert.Equal("3149", Format(3149));
            Assert.Equal("123456789012", Format(123456789012L));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(8.218e-7, "0.0000008218")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(-0.0, "0")]
    [InlineData(1400.5, "1400.5")]
    [InlineData(99, "99")]
    public void Format_Doubles_AreFixedPointWithoutExponent(double value, string expected) =>
        Assert.Equal(expected, Format(value));

    [Fact]
    public void Format_CodeTypes_AreWrittenAsTheirCode()
    {
        Assert.Equal("CDI", Format(TypeContrat.Cdi));
        Assert.Equal("E", Format(ExperienceExigence.ExperienceExigee));
        Assert.Equal("ZZZ", Format(TypeContrat.FromValue("ZZZ")));
    }

    [Fact]
    public void Format_StringsAndNull_PassThrough()
    {
        Assert.Equal("0-149", Format("0-149"));
        Assert.Null(Format(null));
        Assert.Equal("2025-01-02", Format(new DateOnly(2025, 1, 2)));
    }
}
