using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Paging;

public sealed class OffresRangeTests
{
    [Fact]
    public void FirstPage_DefaultSize_Is0To149()
    {
        var range = OffresRange.FirstPage();

        Assert.Equal(0, range.First);
        Assert.Equal(149, range.Last);
        Assert.Equal(150, range.Count);
        Assert.Equal("0-149", range.ToString());
    }

    [Theory]
    [InlineData(0, 149, 150, 299)]
    [InlineData(150, 299, 300, 449)]
    [InlineData(2850, 2999, 3000, 3149)]
    [InlineData(2900, 2999, 3000, 3099)]
    [InlineData(0, 49, 50, 99)]
    public void Next_BelowCap_ReturnsFollowingWindowOfSameSize(int first, int last, int nextFirst, int nextLast) =>
        Assert.Equal(new OffresRange(nextFirst, nextLast), new OffresRange(first, last).Next());

    [Fact]
    public void Next_SmallWindowAtMaxFirst_WidensToReachLastIndex()
    {
        var next = new OffresRange(3000, 3049).Next();

        Assert.Equal(new OffresRange(3000, 3149), next);
        Assert.Equal(50, next!.Value.OverlapWith(new OffresRange(3000, 3049)));
    }

    [Fact]
    public void Next_WindowCrossingLastIndex_IsShortenedToTheCap() =>
        Assert.Equal(new OffresRange(3000, 3149), new OffresRange(2800, 2999).Next(pageSize: 200));

    [Theory]
    [InlineData(3000, 3149)]
    [InlineData(2990, 3149)]
    [InlineData(3100, 3149)]
    public void Next_AtCap_ReturnsNull(int first, int last) =>
        Assert.Null(new OffresRange(first, last).Next());

    [Fact]
    public void Next_LegacyLimits_EndsWithOverlappingWindowReaching1149()
    {
        var walked = new List<OffresRange>();
        for (OffresRange? range = OffresRange.FirstPage(); range is { } r; range = r.Next(OffresRangeLimits.Legacy))
        {
            walked.Add(r);
        }

        Assert.Equal(8, walked.Count);
        Assert.Equal(new OffresRange(900, 1049), walked[^2]);
        Assert.Equal(new OffresRange(1000, 1149), walked[^1]);
        Assert.Equal(50, walked[^1].OverlapWith(walked[^2]));
        Assert.Equal(1150, walked.SelectMany(r => Enumerable.Range(r.First, r.Count)).Distinct().Count());
    }

    [Theory]
    [InlineData(0, 149, 150, 299, 0)]
    [InlineData(900, 1049, 1000, 1149, 50)]
    [InlineData(0, 149, 0, 149, 150)]
    public void OverlapWith_CountsSharedIndexes(int prevFirst, int prevLast, int first, int last, int expected) =>
        Assert.Equal(expected, new OffresRange(first, last).OverlapWith(new OffresRange(prevFirst, prevLast)));

    [Fact]
    public void Next_CurrentLimits_Walks21WindowsCovering3150Results()
    {
        var walked = new List<OffresRange>();
        for (OffresRange? range = OffresRange.FirstPage(); range is { } r; range = r.Next())
        {
            walked.Add(r);
        }

        Assert.Equal(21, walked.Count);
        Assert.Equal(3150, walked.Sum(r => r.Count));
        Assert.Equal(new OffresRange(3000, 3149), walked[^1]);
    }

    [Theory]
    [InlineData("0-149", 0, 149)]
    [InlineData("3000-3149", 3000, 3149)]
    [InlineData("7-7", 7, 7)]
    public void TryParse_Valid_ReturnsWindow(string text, int first, int last)
    {
        Assert.True(OffresRange.TryParse(text, out var range));
        Assert.Equal(new OffresRange(first, last), range);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("149-0")]
    [InlineData("-1-5")]
    [InlineData("0-")]
    [InlineData("a-b")]
    [InlineData("0 - 149")]
    [InlineData("0-149-300")]
    public void TryParse_Invalid_ReturnsFalse(string? text) =>
        Assert.False(OffresRange.TryParse(text, out _));

    [Theory]
    [InlineData(0, 150, "at most 150")]
    [InlineData(3001, 3100, "first index must be at most 3000")]
    public void Validate_OutsideCurrentLimits_ThrowsWithRangeParamName(int first, int last, string rule)
    {
        var ex = Assert.Throws<ArgumentException>(() => new OffresRange(first, last).Validate());

        Assert.Equal("range", ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1001, 1100, "first index must be at most 1000")]
    [InlineData(1000, 1150, "at most 150")]
    public void Validate_OutsideLegacyLimits_Throws(int first, int last, string rule)
    {
        var ex = Assert.Throws<ArgumentException>(() => new OffresRange(first, last).Validate(OffresRangeLimits.Legacy));

        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PastCustomLastIndex_NamesTheLastIndexRule()
    {
        var limits = new OffresRangeLimits { MaxFirst = 3000, MaxLast = 3100 };

        var ex = Assert.Throws<ArgumentException>(() => new OffresRange(3000, 3149).Validate(limits));

        Assert.Contains("last index must be at most 3100", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 149)]
    [InlineData(3000, 3149)]
    [InlineData(0, 0)]
    public void IsValid_WithinLimits_ReturnsTrue(int first, int last)
    {
        Assert.True(new OffresRange(first, last).IsValid(null, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void Ctor_LastBeforeFirst_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OffresRange(10, 9));

    [Fact]
    public void Limits_ProfilesHaveDocumentedValues()
    {
        Assert.Equal((3000, 3149, 150, 3150), (OffresRangeLimits.Current.MaxFirst, OffresRangeLimits.Current.MaxLast, OffresRangeLimits.Current.MaxPageSize, OffresRangeLimits.Current.MaxResults));
        Assert.Equal((1000, 1149, 150), (OffresRangeLimits.Legacy.MaxFirst, OffresRangeLimits.Legacy.MaxLast, OffresRangeLimits.Legacy.MaxPageSize));
        Assert.NotSame(OffresRangeLimits.Current, OffresRangeLimits.Current);
    }
}
