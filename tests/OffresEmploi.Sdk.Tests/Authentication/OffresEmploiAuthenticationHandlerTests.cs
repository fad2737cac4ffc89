using System.Net;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Authentication;

public sealed class OffresEmploiAuthenticationHandlerTests
{
    private const string SearchUrl = "https://api.francetravail.io/partenaire/offresdemploi/v2/offres/search";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpMessageInvoker CreateSut(StubHttpHandler tokenEndpoint, StubHttpHandler api)
    {
        var provider = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());
        return new HttpMessageInvoker(new OffresEmploiAuthenticationHandler(provider) { InnerHandler = api });
    }

    private static StubHttpHandler Tokens(int count)
    {
        var stub = new StubHttpHandler();
        for (var i = 1; i <= count; i++)
        {
            _ = stub.Enqueue(HttpStatusCode.OK, TestData.TokenJson(i));
        }

        return stub;
    }

    [Fact]
    public async Task SendAsync_SetsBearerToken()
    {
        using var tokenEndpoint = Tokens(1);
        using var api = new StubHttpHandler().Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(tokenEndpoint, api);

        using var response = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {TestData.TokenValue(1)}", Assert.Single(api.Requests).Authorization);
    }

    [Fact]
    public async Task SendAsync_Unauthorized_RefreshesTokenAndReplaysOnce()
    {
        using var tokenEndpoint = Tokens(2);
        using var api = new StubHttpHandler().Enqueue(HttpStatusCode.Unauthorized).Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(tokenEndpoint, api);

        using var response = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, tokenEndpoint.Count);
        Assert.Equal([$"Bearer {TestData.TokenValue(1)}", $"Bearer {TestData.TokenValue(2)}"], api.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task SendAsync_FreshTokenRevokedInTurn_IsRefreshedAgain()
    {
        // The first two tokens are revoked while the request is in flight; the third works.
        using var tokenEndpoint = Tokens(3);
        using var api = new StubHttpHandler().Enqueue(HttpStatusCode.Unauthorized).Enqueue(HttpStatusCode.Unauthorized).Enqueue(HttpStatusCode.OK, "{}");
        using var sut = CreateSut(tokenEndpoint, api);

        using var response = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TestData.TokenValue(1), TestData.TokenValue(2), TestData.TokenValue(3)], api.Requests.Select(r => r.Authorization![7..]));
    }

    [Fact]
    public async Task SendAsync_UnauthorizedWhateverTheToken_ReturnsThe401AfterTheBoundWithoutLooping()
    {
        using var tokenEndpoint = Tokens(10);
        using var api = new StubHttpHandler().Otherwise(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        using var sut = CreateSut(tokenEndpoint, api);

        using var response = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1 + OffresEmploiAuthenticationHandler.MaxReplays, api.Count);
        Assert.Equal(1 + OffresEmploiAuthenticationHandler.MaxReplays, tokenEndpoint.Count);
        Assert.Equal(api.Count, api.Requests.Select(r => r.Authorization).Distinct().Count()); // each replay with a new token
    }

    [Fact]
    public async Task SendAsync_RequestWithBody_IsNotReplayed()
    {
        using var tokenEndpoint = Tokens(2);
        using var api = new StubHttpHandler().Otherwise(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        using var sut = CreateSut(tokenEndpoint, api);

        using var request = new HttpRequestMessage(HttpMethod.Post, SearchUrl) { Content = new StringContent("x") };
        using var response = await sut.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task SendAsync_ConcurrentUnauthorized_ShareOneRefresh()
    {
        using var tokenEndpoint = Tokens(3);
        using var api = new StubHttpHandler().Otherwise(r =>
            new HttpResponseMessage(r.Headers.Authorization!.Parameter == TestData.TokenValue(1) ? HttpStatusCode.Unauthorized : HttpStatusCode.OK));
        using var sut = CreateSut(tokenEndpoint, api);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(2, tokenEndpoint.Count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task SendAsync_TokenEndpointRefuses_PropagatesAuthenticationExceptionWithoutCallingApi()
    {
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.BadRequest, """{"error":"invalid_client","error_description":"Client authentication failed"}""");
        using var api = new StubHttpHandler();
        using var sut = CreateSut(tokenEndpoint, api);

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct));

        Assert.Equal("invalid_client", ex.Error);
        Assert.Equal(0, api.Count);
    }
}
