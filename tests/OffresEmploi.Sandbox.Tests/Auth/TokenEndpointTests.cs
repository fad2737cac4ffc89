using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OffresEmploi.Sandbox.Tests.Auth;

public class TokenEndpointTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SandboxTestClient CreateSut(SandboxOptions? options = null) => new(options);

    private static async Task<(string Error, string Description)> ReadErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        return (json.RootElement.GetProperty("error").GetString()!, json.RootElement.GetProperty("error_description").GetString()!);
    }

    [Fact]
    public async Task Post_ValidClientCredentials_ReturnsBearerTokenAsDocumented()
    {
        using var sut = CreateSut();

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        var root = json.RootElement;
        Assert.Equal("Bearer", root.GetProperty("token_type").GetString());
        Assert.Equal(1499, root.GetProperty("expires_in").GetInt32());
        Assert.Equal("api_offresdemploiv2 o2dsoffre", root.GetProperty("scope").GetString());
        Assert.True(root.GetProperty("access_token").GetString()!.Length >= 20);
    }

    [Fact]
    public async Task Post_TwoRequests_IssueDifferentOpaqueTokens()
    {
        using var sut = CreateSut();

        var first = await sut.GetTokenAsync();
        var second = await sut.GetTokenAsync();

        Assert.NotEqual(first, second);
        Assert.DoesNotContain('.', first);
    }

    [Fact]
    public async Task Post_ApplicationScopeOfTheClient_IsToleratedAndEchoed()
    {
        using var sut = CreateSut();

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm(scope: "application_sandbox api_offresdemploiv2 o2dsoffre"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.Equal("application_sandbox api_offresdemploiv2 o2dsoffre", json.RootElement.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Post_ConfiguredLifetime_IsAnnouncedInExpiresIn()
    {
        var options = SandboxTestClient.CreateOptions();
        options.TokenLifetime = TimeSpan.FromSeconds(60);
        using var sut = CreateSut(options);

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm());

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.Equal(60, json.RootElement.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task Post_RealmWithoutSlash_IsTolerated()
    {
        using var sut = CreateSut();

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm(), "?realm=partenaire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_CredentialsInBasicHeader_AreAccepted()
    {
        using var sut = CreateSut();
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("sandbox:sandbox")));

        using var response = await sut.RequestTokenAsync(
            [new("grant_type", "client_credentials"), new("scope", SandboxDefaults.Scope)], authorization: basic);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_SeveralConfiguredClients_EachAuthenticatesWithItsOwnSecret()
    {
        var options = SandboxTestClient.CreateOptions();
        options.Clients["partner-a"] = "secret-a";
        using var sut = CreateSut(options);

        using var accepted = await sut.RequestTokenAsync(SandboxTestClient.TokenForm("partner-a", "secret-a", "api_offresdemploiv2 application_partner-a"));
        using var crossed = await sut.RequestTokenAsync(SandboxTestClient.TokenForm("partner-a", "sandbox"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(("invalid_client", "Client authentication failed"), await ReadErrorAsync(crossed));
    }

    [Theory]
    [InlineData("sandbox", "wrong")]
    [InlineData("nobody", "sandbox")]
    [InlineData("", "sandbox")]
    public async Task Post_BadClientCredentials_ReturnsInvalidClient(string clientId, string secret)
    {
        using var sut = CreateSut();

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm(clientId, secret));

        Assert.Equal(("invalid_client", "Client authentication failed"), await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Post_MissingSecret_ReturnsInvalidClient()
    {
        using var sut = CreateSut();

        using var response = await sut.RequestTokenAsync(
            [new("grant_type", "client_credentials"), new("client_id", "sandbox"), new("scope", SandboxDefaults.Scope)]);

        Assert.Equal(("invalid_client", "Client authentication failed"), await ReadErrorAsync(response));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?realm=%2Findividu")]
    public async Task Post_OtherOrMissingRealm_ReturnsInvalidClient(string query)
    {
        using var sut = CreateSut();

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm(), query);

        Assert.Equal(("invalid_client", "Client authentication failed"), await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Post_UnknownScopes_ReturnsInvalidScopeListingThem()
    {
        using var sut = CreateSut();

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm(scope: "api_offresdemploiv2 api_quinexistepasv0 application_other"));

        Assert.Equal(("invalid_scope", "Unknown/invalid scope(s): [api_quinexistepasv0, application_other]"), await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Post_OtherGrantType_ReturnsUnsupportedGrantType()
    {
        using var sut = CreateSut();

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm(grantType: "implicit_grant"));

        Assert.Equal(("unsupported_grant_type", "Grant type is not supported: implicit_grant"), await ReadErrorAsync(response));
    }

    [Theory]
    [InlineData("grant_type")]
    [InlineData("scope")]
    public async Task Post_MissingParameter_ReturnsInvalidRequest(string missing)
    {
        using var sut = CreateSut();

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm().Where(p => p.Key != missing));

        Assert.Equal(("invalid_request", "Missing parameter: " + missing), await ReadErrorAsync(response));
    }

    [Fact]
    public async Task Get_TokenEndpoint_IsMethodNotAllowed()
    {
        using var sut = CreateSut();

        using var response = await sut.Http.GetAsync(SandboxDefaults.TokenEndpoint, Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }
}
