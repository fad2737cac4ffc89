using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace OffresEmploi.Sandbox.Tests.Auth;

public class BearerAuthenticationTests
{
    private const string Search = "v2/offres/search?range=0-0";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task Get_WithoutToken_Returns401WithEmptyBody()
    {
        using var sut = new SandboxTestClient();

        using var response = await sut.GetAsync(Search, token: null);

        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task Get_UnknownToken_Returns401()
    {
        using var sut = new SandboxTestClient();

        using var response = await sut.GetAsync(Search, "not-a-token-this-sandbox-issued");

        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task Get_NonBearerScheme_Returns401()
    {
        using var sut = new SandboxTestClient();
        var token = await sut.GetTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, Search);
        request.Headers.TryAddWithoutValidation("Authorization", "Token " + token);

        using var response = await sut.Http.SendAsync(request, Token);

        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task Get_TokenFromAnotherSandbox_Returns401()
    {
        using var issuer = new SandboxTestClient();
        using var sut = new SandboxTestClient();
        var foreign = await issuer.GetTokenAsync();

        using var response = await sut.GetAsync(Search, foreign);

        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task Get_TokenWithoutApiScope_Returns401()
    {
        using var sut = new SandboxTestClient();
        var token = await sut.GetTokenAsync(scope: "o2dsoffre");

        using var response = await sut.GetAsync(Search, token);

        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task Get_TokenJustBeforeExpiry_IsAccepted_AndAtExpiry_Returns401()
    {
        var time = new FakeTimeProvider(SandboxTestClient.FixedNow.AddHours(9));
        var options = SandboxTestClient.CreateOptions();
        options.TimeProvider = time;
        using var sut = new SandboxTestClient(options);
        var token = await sut.GetTokenAsync();

        time.Advance(TimeSpan.FromSeconds(1498));
        using var before = await sut.GetAsync(Search, token);
        time.Advance(TimeSpan.FromSeconds(1));
        using var after = await sut.GetAsync(Search, token);

        Assert.True(before.IsSuccessStatusCode);
        await AssertUnauthorizedAsync(after);
    }

    [Fact]
    public async Task Get_AfterExpiry_NewTokenIsAccepted()
    {
        var time = new FakeTimeProvider(SandboxTestClient.FixedNow);
        var options = SandboxTestClient.CreateOptions();
        options.TimeProvider = time;
        options.TokenLifetime = TimeSpan.FromSeconds(30);
        using var sut = new SandboxTestClient(options);
        var old = await sut.GetTokenAsync();

        time.Advance(TimeSpan.FromMinutes(1));
        var fresh = await sut.GetTokenAsync();
        using var withOld = await sut.GetAsync(Search, old);
        using var withFresh = await sut.GetAsync(Search, fresh);

        await AssertUnauthorizedAsync(withOld);
        Assert.True(withFresh.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Get_UnknownReferentiel_Returns401WithoutToken_And404WithOne()
    {
        using var sut = new SandboxTestClient();

        using var anonymous = await sut.GetAsync("v2/referentiel/inconnu", token: null);
        using var authorized = await sut.GetAuthorizedAsync("v2/referentiel/inconnu");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, authorized.StatusCode);
    }

    [Fact]
    public async Task Get_PathOutsideTheApi_Returns404WithoutAskingForAToken()
    {
        using var sut = new SandboxTestClient();

        using var response = await sut.Http.GetAsync(new Uri("https://sandbox.offres-emploi.local/partenaire/autreapi/v1/x"), Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
