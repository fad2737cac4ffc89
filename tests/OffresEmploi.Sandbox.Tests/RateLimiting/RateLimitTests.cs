using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace OffresEmploi.Sandbox.Tests.RateLimiting;

public class RateLimitTests
{
    private const string Search = "v2/offres/search?range=0-0";

    private static SandboxTestClient CreateSut(double rate, int burst)
    {
        var time = new FakeTimeProvider(SandboxTestClient.FixedNow);
        var options = SandboxTestClient.CreateOptions();
        options.TimeProvider = time;
        options.RateLimit = rate;
        options.Burst = burst;
        return new SandboxTestClient(options);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.GetValues(name));

    [Fact]
    public async Task Get_WithinBurst_SendsProductionRateLimitHeaders()
    {
        using var sut = CreateSut(rate: 10, burst: 10);

        using var first = await sut.GetAuthorizedAsync(Search);
        using var second = await sut.GetAuthorizedAsync(Search);

        Assert.True(first.IsSuccessStatusCode);
        Assert.Equal("10", Header(first, "x-ratelimit-burst-capacity-clientidlimiter"));
        Assert.Equal("10", Header(first, "x-ratelimit-replenish-rate-clientidlimiter"));
        Assert.Equal("1", Header(first, "x-ratelimit-requested-tokens-clientidlimiter"));
        Assert.Equal("9", Header(first, "x-ratelimit-remaining-clientidlimiter"));
        Assert.Equal("8", Header(second, "x-ratelimit-remaining-clientidlimiter"));
    }

    [Fact]
    public async Task Get_BeyondBurst_Returns429TextPlainWithRetryAfter()
    {
        using var sut = CreateSut(rate: 2, burst: 3);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await sut.GetAuthorizedAsync(Search);
            statuses.Add(response.StatusCode);
            refused = response;
        }

        Assert.Equal([HttpStatusCode.PartialContent, HttpStatusCode.PartialContent, HttpStatusCode.PartialContent, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("text/plain", refused!.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.True(refused.Headers.CacheControl?.NoStore);
        Assert.Equal("0", Header(refused, "x-ratelimit-remaining-clientidlimiter"));
    }

    [Fact]
    public async Task Get_AfterRefillTime_IsAcceptedAgain()
    {
        using var sut = CreateSut(rate: 2, burst: 1);
        var time = (FakeTimeProvider)sut.Options.TimeProvider;
        using var first = await sut.GetAuthorizedAsync(Search);
        using var refused = await sut.GetAuthorizedAsync(Search);

        time.Advance(TimeSpan.FromMilliseconds(499));
        using var stillRefused = await sut.GetAuthorizedAsync(Search);
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var accepted = await sut.GetAuthorizedAsync(Search);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
        Assert.True(accepted.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Get_SlowRate_RetryAfterCoversTheWholeWait()
    {
        using var sut = CreateSut(rate: 0.25, burst: 1);

        using var first = await sut.GetAuthorizedAsync(Search);
        using var refused = await sut.GetAuthorizedAsync(Search);

        Assert.Equal(TimeSpan.FromSeconds(4), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("0.25", Header(first, "x-ratelimit-replenish-rate-clientidlimiter"));
    }

    [Fact]
    public async Task Get_TwoClients_HaveSeparateBuckets()
    {
        using var sut = CreateSut(rate: 1, burst: 1);
        sut.Options.Clients["second"] = "secret-2";
        using var twoClients = new SandboxTestClient(sut.Options);
        var tokenA = await twoClients.GetTokenAsync();
        var tokenB = await twoClients.GetTokenAsync("second", "secret-2");

        using var a1 = await twoClients.GetAsync(Search, tokenA);
        using var a2 = await twoClients.GetAsync(Search, tokenA);
        using var b1 = await twoClients.GetAsync(Search, tokenB);

        Assert.True(a1.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, a2.StatusCode);
        Assert.True(b1.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Get_RateZero_NeverLimitsAndSendsNoHeaders()
    {
        using var sut = CreateSut(rate: 0, burst: 0);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            using var response = await sut.GetAuthorizedAsync(Search);
            statuses.Add(response.StatusCode);
            Assert.False(response.Headers.Contains("x-ratelimit-remaining-clientidlimiter"));
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.PartialContent, s));
    }

    [Fact]
    public async Task Get_BurstZero_DefaultsToTheRateRoundedUp()
    {
        using var sut = CreateSut(rate: 2.5, burst: 0);

        using var response = await sut.GetAuthorizedAsync(Search);

        Assert.Equal("3", Header(response, "x-ratelimit-burst-capacity-clientidlimiter"));
    }

    [Fact]
    public async Task Post_TokenEndpoint_IsNotRateLimited()
    {
        using var sut = CreateSut(rate: 1, burst: 1);

        for (var i = 0; i < 5; i++)
        {
            Assert.NotEmpty(await sut.GetTokenAsync());
        }
    }
}
