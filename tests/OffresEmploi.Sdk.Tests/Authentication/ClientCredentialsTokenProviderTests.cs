using System.Net;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Authentication;

public sealed class ClientCredentialsTokenProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetTokenAsync_FirstCall_PostsClientCredentialsFormWithEncodedRealm()
    {
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.OK, TestData.TokenJson(1));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var token = await sut.GetTokenAsync(Ct);

        Assert.Equal(TestData.TokenValue(1), token.Value);
        var request = Assert.Single(tokenEndpoint.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=%2Fpartenaire", request.Uri.AbsoluteUri);
        var form = request.Body!.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TestData.ClientId, form["client_id"]);
        Assert.Equal(TestData.ClientSecret, form["client_secret"]);
        Assert.Equal("api_offresdemploiv2 o2dsoffre", form["scope"]);
        Assert.DoesNotContain("realm", request.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://auth.example/token", "/partenaire", "https://auth.example/token?realm=%2Fpartenaire")]
    [InlineData("https://auth.example/token?x=1", "/partenaire", "https://auth.example/token?x=1&realm=%2Fpartenaire")]
    [InlineData("https://auth.example/token?realm=%2Fautre", "/partenaire", "https://auth.example/token?realm=%2Fautre")]
    [InlineData("https://auth.example/token", "", "https://auth.example/token")]
    public void RequestUri_RealmCombinations_AppendsEncodedRealmOnce(string endpoint, string realm, string expected)
    {
        using var tokenEndpoint = new StubHttpHandler();
        var options = TestData.Options(o => { o.TokenEndpoint = new Uri(endpoint); o.Realm = realm; });

        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider(), options);

        Assert.Equal(expected, sut.RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task GetTokenAsync_LifetimeShorterThanTwiceTheMargin_IsKeptForHalfItsLifetime()
    {
        // 40 s tokens against the 60 s default margin: without the half-lifetime floor every call would fetch a token.
        var time = new TimerTrackingTimeProvider();
        using var tokenEndpoint = new StubHttpHandler()
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(1, expiresIn: 40))
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(2, expiresIn: 40));
        var sut = TestData.TokenProvider(tokenEndpoint, time);

        var first = await sut.GetTokenAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(19));
        var second = await sut.GetTokenAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(2));
        var third = await sut.GetTokenAsync(Ct);

        Assert.Same(first, second);
        Assert.Equal(TestData.TokenValue(2), third.Value);
        Assert.Equal(2, tokenEndpoint.Count);
    }

    [Fact]
    public async Task GetTokenAsync_TokenStillValid_ReturnsCachedTokenWithoutRequest()
    {
        var time = new TimerTrackingTimeProvider();
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.OK, TestData.TokenJson(1));
        var sut = TestData.TokenProvider(tokenEndpoint, time);

        var first = await sut.GetTokenAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(1499 - 61));
        var second = await sut.GetTokenAsync(Ct);

        Assert.Same(first, second);
        Assert.Equal(1, tokenEndpoint.Count);
    }

    [Fact]
    public async Task GetTokenAsync_TokenWithinRefreshMargin_RequestsNewTokenBeforeExpiry()
    {
        var time = new TimerTrackingTimeProvider();
        using var tokenEndpoint = new StubHttpHandler()
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(1))
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(2));
        var sut = TestData.TokenProvider(tokenEndpoint, time);

        var first = await sut.GetTokenAsync(Ct);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(1499), first.ExpiresOn);
        time.Advance(TimeSpan.FromSeconds(1499 - 60));
        var second = await sut.GetTokenAsync(Ct);

        Assert.Equal(TestData.TokenValue(2), second.Value);
        Assert.Equal(2, tokenEndpoint.Count);
        Assert.True(second.ExpiresOn > first.ExpiresOn);
    }

    [Fact]
    public async Task GetTokenAsync_CustomMargin_IsHonoured()
    {
        var time = new TimerTrackingTimeProvider();
        using var tokenEndpoint = new StubHttpHandler()
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(1, expiresIn: 600))
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(2, expiresIn: 600));
        var sut = TestData.TokenProvider(tokenEndpoint, time, TestData.Options(o => o.TokenRefreshMargin = TimeSpan.FromMinutes(5)));

        _ = await sut.GetTokenAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(299));
        _ = await sut.GetTokenAsync(Ct);
        Assert.Equal(1, tokenEndpoint.Count);
        time.Advance(TimeSpan.FromSeconds(1));
        var refreshed = await sut.GetTokenAsync(Ct);

        Assert.Equal(TestData.TokenValue(2), refreshed.Value);
    }

    [Fact]
    public async Task GetTokenAsync_FiftyConcurrentCallers_ShareOneTokenRequest()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var tokenEndpoint = new StubHttpHandler().OtherwiseAwaiting(async (_, _) =>
        {
            await release.Task;
            return StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(1));
        });
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        // Every call runs synchronously up to its first await, so all 50 are pending before the endpoint answers.
        var calls = Enumerable.Range(0, 50).Select(_ => sut.GetTokenAsync(Ct).AsTask()).ToArray();
        await tokenEndpoint.WaitForRequestsAsync(1, Ct);
        Assert.All(calls, c => Assert.False(c.IsCompleted));
        release.SetResult();
        var tokens = await Task.WhenAll(calls);

        Assert.Equal(1, tokenEndpoint.Count);
        Assert.All(tokens, t => Assert.Same(tokens[0], t));
    }

    [Fact]
    public async Task Invalidate_CurrentToken_NextCallRequestsNewToken()
    {
        using var tokenEndpoint = new StubHttpHandler()
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(1))
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(2));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var first = await sut.GetTokenAsync(Ct);
        sut.Invalidate(first);
        var second = await sut.GetTokenAsync(Ct);

        Assert.Equal(TestData.TokenValue(2), second.Value);
        Assert.Equal(2, tokenEndpoint.Count);
    }

    [Fact]
    public async Task Invalidate_TokenAlreadyReplaced_KeepsNewerToken()
    {
        using var tokenEndpoint = new StubHttpHandler()
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(1))
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(2));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var first = await sut.GetTokenAsync(Ct);
        sut.Invalidate(first);
        var second = await sut.GetTokenAsync(Ct);
        sut.Invalidate(first);
        var third = await sut.GetTokenAsync(Ct);

        Assert.Same(second, third);
        Assert.Equal(2, tokenEndpoint.Count);
    }

    [Theory]
    [InlineData("invalid_client", "Client authentication failed")]
    [InlineData("invalid_scope", "Unknown/invalid scope(s): [api_quinexistepasv0]")]
    [InlineData("unsupported_grant_type", "Grant type is not supported: implicit_grant")]
    public async Task GetTokenAsync_OAuthError_ThrowsAuthenticationExceptionWithOAuthFields(string error, string description)
    {
        var body = $$"""{"error":"{{error}}","error_description":"{{description}}"}""";
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.BadRequest, body);
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => sut.GetTokenAsync(Ct).AsTask());

        Assert.Equal(400, ex.Status);
        Assert.Equal(error, ex.Error);
        Assert.Equal(description, ex.ErrorDescription);
        Assert.Contains("Status: 400 (Bad Request)", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"ErrorCode: {error}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.ClientSecret, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_ServerErrorWithoutOAuthBody_IsAnOutageOfTheTokenEndpointNotACredentialsError()
    {
        using var tokenEndpoint = new StubHttpHandler().Enqueue(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("upstream down") });
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.GetTokenAsync(Ct).AsTask());

        Assert.IsNotType<OffresEmploiAuthenticationException>(ex);
        Assert.Equal(500, ex.Status);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Equal("upstream down", ex.ResponseContent);
        Assert.StartsWith("The identity service failed to issue an access token", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_503WithOAuthBody_IsStillAnOutage()
    {
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.ServiceUnavailable, """{"error":"temporarily_unavailable"}""");
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.GetTokenAsync(Ct).AsTask());

        Assert.IsNotType<OffresEmploiAuthenticationException>(ex);
        Assert.Equal(503, ex.Status);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
    }

    [Fact]
    public async Task GetTokenAsync_401WithoutBody_IsACredentialsRefusal()
    {
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.Unauthorized);
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => sut.GetTokenAsync(Ct).AsTask());

        Assert.Equal(401, ex.Status);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
    }

    [Fact]
    public async Task GetTokenAsync_429_IsThrottlingWithItsRetryAfter()
    {
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.TooManyRequests, configure: r => r.Headers.TryAddWithoutValidation("Retry-After", "12"));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var ex = await Assert.ThrowsAsync<OffresEmploiThrottledException>(() => sut.GetTokenAsync(Ct).AsTask());

        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(12), ex.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "<html>Not Found</html>")]
    [InlineData(HttpStatusCode.BadRequest, "<html>Bad Request</html>")]
    [InlineData(HttpStatusCode.MethodNotAllowed, null)]
    public async Task GetTokenAsync_StatusWithoutOAuthRefusal_IsAMisdirectedRequestNotACredentialsError(HttpStatusCode status, string? body)
    {
        using var tokenEndpoint = new StubHttpHandler().Enqueue(_ => new HttpResponseMessage(status) { Content = body is null ? null : new StringContent(body) });
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.GetTokenAsync(Ct).AsTask());

        Assert.IsNotType<OffresEmploiAuthenticationException>(ex);
        Assert.Equal((int)status, ex.Status);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Contains("is the token URL right?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_BodyEchoingTheSecret_IsRedactedEverywhere()
    {
        var body = $$"""{"error":"invalid_client","error_description":"bad secret {{TestData.ClientSecret}}"}""";
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.BadRequest, body);
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => sut.GetTokenAsync(Ct).AsTask());

        Assert.DoesNotContain(TestData.ClientSecret, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.ClientSecret, ex.ResponseContent!, StringComparison.Ordinal);
        Assert.Equal("bad secret ***", ex.ErrorDescription);
        Assert.Equal("bad secret ***", ex.ApiMessage);
    }

    [Fact]
    public async Task GetTokenAsync_SuccessWithoutAccessToken_IsABrokenAnswerNotACredentialsError()
    {
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.OK, """{"expires_in":1499}""");
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.GetTokenAsync(Ct).AsTask());

        Assert.IsNotType<OffresEmploiAuthenticationException>(ex);
        Assert.Equal(200, ex.Status);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Contains("access_token", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_TransportFailure_ThrowsConnectionExceptionNamingTheTokenHost()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));
        using var tokenEndpoint = new StubHttpHandler().Enqueue(_ => throw refused);
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => sut.GetTokenAsync(Ct).AsTask());

        Assert.Equal(0, ex.Status);
        Assert.Same(refused, ex.InnerException);
        Assert.Equal("entreprise.francetravail.fr", ex.Host);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Equal(ConnectionFailureCause.ConnectionRefused, ex.Cause);
        Assert.StartsWith("Cannot reach entreprise.francetravail.fr (the token endpoint): connection refused.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_AfterFailure_NextCallRetriesTheEndpoint()
    {
        using var tokenEndpoint = new StubHttpHandler()
            .Enqueue(HttpStatusCode.BadRequest, """{"error":"invalid_client"}""")
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(1));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        _ = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => sut.GetTokenAsync(Ct).AsTask());
        var token = await sut.GetTokenAsync(Ct);

        Assert.Equal(TestData.TokenValue(1), token.Value);
    }

    [Fact]
    public async Task GetTokenAsync_ExpiresInAsString_IsRead()
    {
        var time = new TimerTrackingTimeProvider();
        using var tokenEndpoint = new StubHttpHandler().Enqueue(HttpStatusCode.OK, """{"access_token":"abcdefgh","expires_in":"900"}""");
        var sut = TestData.TokenProvider(tokenEndpoint, time);

        var token = await sut.GetTokenAsync(Ct);

        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(900), token.ExpiresOn);
    }
}
