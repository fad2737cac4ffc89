using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Paging;

public sealed class ContentRangeTests
{
    // Header values seen on the real API or documented by the publisher, and their parts.
    public static TheoryData<string, string, int?, int?, int?> ValidHeaders => new()
    {
        { "offres 0-149/300749", "offres", 0, 149, 300749 },
        { "offres 0-149/716799", "offres", 0, 149, 716799 },
        { "offres 0-149/9981", "offres", 0, 149, 9981 },
        { "offres 300-352/353", "offres", 300, 352, 353 },
        { "offres 3000-3149/503356", "offres", 3000, 3149, 503356 },
        { "offres 0-0/1", "offres", 0, 0, 1 },
        { "offres */0", "offres", null, null, 0 },
        { "*/0", "", null, null, 0 },
        { "0-49/496", "", 0, 49, 496 },
        { "appellations */11522", "appellations", null, null, 11522 },
        { "offres 0-149/*", "offres", 0, 149, null },
        { "offres */*", "offres", null, null, null },
        { "  offres   150-299/300  ", "offres", 150, 299, 300 },
    };

    public static TheoryData<string> InvalidHeaders => new()
    {
        "",
        "   ",
        "offres",
        "offres 0-149",
        "offres 149-0/300",
        "offres -1-149/300",
        "offres 0-149/-3",
        "offres a-b/c",
        "offres 0-99999999999/1",
        "bytes=0-149/300",
        "offres 0_149/300",
        "of2res 0-149/300",
        "offres /300",
        "offres 0-/300",
    };

    [Theory]
    [MemberData(nameof(ValidHeaders))]
    public void TryParse_ValidHeader_ReturnsParts(string header, string unit, int? first, int? last, int? total)
    {
        Assert.True(ContentRange.TryParse(header, out var range));

        Assert.Equal(unit, range.Unit);
        Assert.Equal(first, range.First);
        Assert.Equal(last, range.Last);
        Assert.Equal(total, range.Total);
    }

    [Theory]
    [MemberData(nameof(InvalidHeaders))]
    public void TryParse_InvalidHeader_ReturnsFalse(string header) =>
        Assert.False(ContentRange.TryParse(header, out _));

    [Fact]
    public void TryParse_Null_ReturnsFalse() =>
        Assert.False(ContentRange.TryParse(null, out _));

    [Theory]
    [MemberData(nameof(InvalidHeaders))]
    public void Parse_InvalidHeader_ThrowsFormatException(string header) =>
        Assert.Throws<FormatException>(() => ContentRange.Parse(header));

    [Theory]
    [InlineData("offres 0-149/300749", "offres 0-149/300749")]
    [InlineData("offres */0", "offres */0")]
    [InlineData("*/0", "*/0")]
    [InlineData("  offres   150-299/300  ", "offres 150-299/300")]
    [InlineData("offres 0-149/*", "offres 0-149/*")]
    public void ToString_RoundTripsTheCanonicalForm(string header, string expected) =>
        Assert.Equal(expected, ContentRange.Parse(header).ToString());

    [Theory]
    [InlineData("offres 0-149/300749", 150, true)]
    [InlineData("offres 300-352/353", 53, false)]
    [InlineData("offres */0", 0, false)]
    [InlineData("offres 0-149/*", 150, false)]
    public void CountAndHasMoreThanReturned_FollowTheNumbers(string header, int count, bool hasMore)
    {
        var range = ContentRange.Parse(header);

        Assert.Equal(count, range.Count);
        Assert.Equal(hasMore, range.HasMoreThanReturned);
    }

    [Fact]
    public void Ctor_OnlyOneBound_Throws() =>
        Assert.Throws<ArgumentException>(() => new ContentRange("offres", 0, null, 3));
}
