using System.Net;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;
using Polly.Timeout;

namespace OffresEmploi.Sdk.Tests;

public sealed class OffresEmploiClientSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchAsync_206_ReturnsOffersAggregationsTotalAndNextRange()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.PartialContent, FakeFranceTravail.SearchPageJson, "offres 0-149/1287"));
        using var sut = fake.CreateClient();

        var page = await sut.SearchAsync(new OffresSearchRequest { Departement = ["74"] }, Ct);

        Assert.Equal(HttpStatusCode.PartialContent, page.Status);
        Assert.Equal(["201KXRT", "201JQWM", "201HBZC", "0671234", "201GMNP"], page.Offres.Select(o => o.Id));
        Assert.Equal(["typeContrat", "experience", "qualification", "natureContrat"], page.FiltresPossibles.Select(f => f.Filtre));
        Assert.Equal(1287, page.Total);
        Assert.True(page.HasMore);
        Assert.Equal(new OffresRange(150, 299), page.NextRange);
        Assert.False(page.IsTruncatedByApiLimit);

        var request = Assert.Single(fake.Api.Requests);
        Assert.Equal("/partenaire/offresdemploi/v2/offres/search", request.Uri.AbsolutePath);
        Assert.Equal("74", FakeFranceTravail.QueryValue(request.Uri, "departement"));
        Assert.Equal($"Bearer {TestData.TokenValue(1)}", request.Authorization);
    }

    [Fact]
    public async Task SearchAsync_200LastWindow_HasNoNextRange()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.OK, FakeFranceTravail.SearchPageJson, "offres 300-352/353"));
        using var sut = fake.CreateClient();

        var page = await sut.SearchAsync(new OffresSearchRequest { Range = "300-449" }, Ct);

        Assert.False(page.HasMore);
        Assert.Null(page.NextRange);
        Assert.Equal(new OffresRange(300, 449), page.RequestedRange);
        Assert.Equal("300-449", FakeFranceTravail.QueryValue(fake.Api.Requests[0].Uri, "range"));
    }

    [Fact]
    public async Task SearchAsync_204_ReturnsEmptyPage()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.NoContent, null, "offres */0"));
        using var sut = fake.CreateClient();

        var page = await sut.SearchAsync(new OffresSearchRequest { MotsCles = ["introuvable"] }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, page.Status);
        Assert.Empty(page.Offres);
        Assert.Empty(page.FiltresPossibles);
        Assert.Equal(0, page.Total);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task SearchAsync_InvalidRequest_ThrowsBeforeAnyRequest()
    {
        using var fake = new FakeFranceTravail();
        using var sut = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => sut.SearchAsync(new OffresSearchRequest { Distance = 10 }, Ct));

        Assert.Equal("distance", ex.ParamName);
        Assert.Equal(0, fake.Api.Count);
        Assert.Equal(0, fake.Token.Count);
    }

    [Fact]
    public async Task SearchAsync_DatesWithOffset_AreSentInUtc()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.NoContent, null, "*/0"));
        using var sut = fake.CreateClient();

        _ = await sut.SearchAsync(
            new OffresSearchRequest
            {
                MinCreationDate = new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.FromHours(2)),
                MaxCreationDate = new DateTimeOffset(2026, 3, 2, 9, 15, 42, 500, TimeSpan.FromHours(-5)),
            },
            Ct);

        var uri = fake.Api.Requests[0].Uri;
        Assert.Equal("2026-03-01T23:30:00Z", FakeFranceTravail.QueryValue(uri, "minCreationDate"));
        Assert.Equal("2026-03-02T14:15:42Z", FakeFranceTravail.QueryValue(uri, "maxCreationDate"));
    }

    [Fact]
    public async Task SearchAsync_400_ThrowsWithApiCodeAndMessage()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.BadRequest, """{"message":"Valeur du paramètre « departement » incorrecte.","codeHttp":400,"codeErreur":"1722445850117"}""");
        using var sut = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.SearchAsync(new OffresSearchRequest { Departement = ["999"] }, Ct));

        Assert.Equal(400, ex.Status);
        Assert.Equal("1722445850117", ex.ErrorCode);
        Assert.Equal("Valeur du paramètre « departement » incorrecte.", ex.ApiMessage);
        Assert.StartsWith("The search request failed.\nStatus: 400 (Bad Request)\nErrorCode: 1722445850117", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_Persistent429_ThrowsThrottledWithRetryAfter()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("Too Many Requests") };
            response.Headers.TryAddWithoutValidation("Retry-After", "120");
            return response;
        });
        using var sut = fake.CreateClient(o => o.MaxRetryAttempts = 3);

        var ex = await Assert.ThrowsAsync<OffresEmploiThrottledException>(() => sut.SearchAsync(new OffresSearchRequest(), Ct));

        Assert.Equal(429, ex.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Equal(1, fake.Api.Count);
    }

    [Fact]
    public async Task SearchAsync_401AfterEveryReplay_ThrowsAuthenticationExceptionAfterTheBound()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        using var sut = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => sut.SearchAsync(new OffresSearchRequest(), Ct));

        // A single call stays fast to fail: each replay with a fresh token, then the 401.
        Assert.Equal(401, ex.Status);
        var attempts = 1 + OffresEmploi.Sdk.Authentication.OffresEmploiAuthenticationHandler.MaxReplays;
        Assert.Equal(attempts, fake.Api.Count);
        Assert.Equal(attempts, fake.Token.Count);
    }

    [Fact]
    public async Task SearchAsync_TokenRefused_ThrowsAuthenticationExceptionWithOAuthError()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Token.Enqueue(HttpStatusCode.BadRequest, """{"error":"invalid_client","error_description":"Client authentication failed"}""");
        using var sut = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => sut.SearchAsync(new OffresSearchRequest(), Ct));

        Assert.Equal("invalid_client", ex.Error);
        Assert.Equal("Client authentication failed", ex.ErrorDescription);
        Assert.Equal(0, fake.Api.Count);
    }

    [Fact]
    public async Task SearchAsync_NetworkFailure_ThrowsStatusZeroWithCause()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => throw new HttpRequestException("Connection refused"));
        using var sut = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => sut.SearchAsync(new OffresSearchRequest(), Ct));

        Assert.Equal(0, ex.Status);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Equal("api.francetravail.io", ex.Host);
        Assert.Contains("got no response", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_AttemptTimesOut_ThrowsStatusZeroWithTimeout()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.OtherwiseAwaiting(StubHttpHandler.Hang);
        using var sut = fake.CreateClient(o => o.AttemptTimeout = TimeSpan.FromSeconds(20));

        var call = sut.SearchAsync(new OffresSearchRequest(), Ct);
        _ = await fake.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(20), Ct);
        fake.Time.Advance(TimeSpan.FromSeconds(20));
        var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => call);

        Assert.Equal(0, ex.Status);
        Assert.Equal(ConnectionFailureCause.Timeout, ex.Cause);
        Assert.IsType<TimeoutRejectedException>(ex.InnerException);
    }

    [Fact]
    public async Task SearchAsync_CallerCancels_ThrowsOperationCanceled()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.OtherwiseAwaiting(StubHttpHandler.Hang);
        using var sut = fake.CreateClient();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var call = sut.SearchAsync(new OffresSearchRequest(), cts.Token);
        await fake.Api.WaitForRequestsAsync(1, Ct);
        await cts.CancelAsync();

        _ = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task SearchAsync_TransientErrorThenSuccess_RetriesThroughTheWholeChain()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.BadGateway)
            .Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.OK, FakeFranceTravail.SearchPageJson, "offres 0-4/5"));
        using var sut = fake.CreateClient(o => o.MaxRetryAttempts = 2);

        var call = sut.SearchAsync(new OffresSearchRequest(), Ct);
        fake.Time.Advance(await fake.Time.WaitForTimerAsync(d => d < TimeSpan.FromSeconds(30) && d > TimeSpan.Zero, Ct));
        var page = await call;

        Assert.Equal(5, page.Offres.Count);
        Assert.Equal(2, fake.Api.Count);
        Assert.All(fake.Api.Requests, r => Assert.Equal($"Bearer {TestData.TokenValue(1)}", r.Authorization));
    }

    [Fact]
    public async Task SearchAsync_TokenReusedAcrossCalls_AndRefreshedAfterExpiry()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => FakeFranceTravail.Page(HttpStatusCode.NoContent, null, "*/0"));
        using var sut = fake.CreateClient();

        _ = await sut.SearchAsync(new OffresSearchRequest(), Ct);
        _ = await sut.SearchAsync(new OffresSearchRequest(), Ct);
        fake.Time.Advance(TimeSpan.FromSeconds(1499));
        _ = await sut.SearchAsync(new OffresSearchRequest(), Ct);

        Assert.Equal(2, fake.Token.Count);
        Assert.Equal($"Bearer {TestData.TokenValue(2)}", fake.Api.Requests[2].Authorization);
    }

    [Fact]
    public async Task SearchAsync_WithPacing_SpacesRequestsOnTheClock()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => FakeFranceTravail.Page(HttpStatusCode.NoContent, null, "*/0"));
        using var sut = fake.CreateClient(o => o.RequestsPerSecond = 1);

        _ = await sut.SearchAsync(new OffresSearchRequest(), Ct);
        var second = sut.SearchAsync(new OffresSearchRequest(), Ct);
        var wait = await fake.Time.WaitForTimerAsync(d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(1), Ct);
        Assert.Equal(1, fake.Api.Count);
        fake.Time.Advance(wait);
        _ = await second;

        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.Equal(2, fake.Api.Count);
    }
}
