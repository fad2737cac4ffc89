using System.Net.Http.Headers;
using OffresEmploi.Sdk.Resilience;

namespace OffresEmploi.Sdk.Tests.Resilience;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7", 7000)]
    [InlineData("0", 0)]
    [InlineData("1.5", 1500)]
    [InlineData("Mon, 02 Mar 2026 09:00:12 GMT", 12000)]
    [InlineData("Mon, 02 Mar 2026 08:59:00 GMT", 0)]
    public void Read_BothForms_ReturnsDelayAgainstInjectedClock(string header, int expectedMilliseconds)
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), RetryAfterHeader.Read(response.Headers, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    [InlineData("-3")]
    public void Read_AbsentOrUnreadable_ReturnsNull(string? header)
    {
        using var response = new HttpResponseMessage();
        if (header is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", header);
        }

        Assert.Null(RetryAfterHeader.Read(response.Headers, Now));
    }

    [Fact]
    public void Read_TypedDelta_IsUsed()
    {
        using var response = new HttpResponseMessage();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfterHeader.Read(response.Headers, Now));
    }
}
