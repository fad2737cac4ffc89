using OffresEmploi.Sdk.Authentication;

namespace OffresEmploi.Sdk.Tests.Authentication;

public sealed class AccessTokenTests
{
    private static readonly DateTimeOffset Expiry = new(2026, 3, 2, 9, 25, 0, TimeSpan.Zero);

    [Fact]
    public void ToString_NeverContainsTheValue()
    {
        var token = new AccessToken("very-secret-token-value", Expiry, "api_offresdemploiv2");

        var text = token.ToString();

        Assert.DoesNotContain("very-secret-token-value", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
        Assert.Contains("2026-03-02T09:25:00", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-61, false)]
    [InlineData(-60, true)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    public void IsExpiring_RelativeToMargin(int secondsFromExpiry, bool expected)
    {
        var token = new AccessToken("value", Expiry);

        Assert.Equal(expected, token.IsExpiring(Expiry.AddSeconds(secondsFromExpiry), TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Ctor_EmptyValue_Throws() =>
        Assert.Throws<ArgumentException>(() => new AccessToken("", Expiry));
}
