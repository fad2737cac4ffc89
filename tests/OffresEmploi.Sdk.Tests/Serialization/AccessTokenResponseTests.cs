using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Serialization;

public class AccessTokenResponseTests
{
    [Fact]
    public void ToString_HidesTheTokenButShowsTheRest()
    {
        var token = new AccessTokenResponse { AccessToken = "s3cr3t-t0ken", TokenType = "Bearer", ExpiresIn = 1499, Scope = "api_offresdemploiv2 o2dsoffre" };

        var text = token.ToString();

        Assert.DoesNotContain("s3cr3t-t0ken", text, StringComparison.Ordinal);
        Assert.Equal("AccessTokenResponse { AccessToken = ***, TokenType = Bearer, ExpiresIn = 1499, Scope = api_offresdemploiv2 o2dsoffre }", text);
    }

    [Fact]
    public void ToString_WithoutToken_SaysNull() =>
        Assert.Contains("AccessToken = null", new AccessTokenResponse().ToString(), StringComparison.Ordinal);
}
