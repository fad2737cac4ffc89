using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sandbox.Faults;

namespace OffresEmploi.Sandbox.Tests.Faults;

public class FaultInjectionTests
{
    private const string Search = "v2/offres/search?range=0-9";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SandboxTestClient CreateSut(string faults, int seed = 42, TimeProvider? time = null)
    {
        var options = SandboxTestClient.CreateOptions();
        options.Faults = FaultProfile.Parse(faults);
        options.Seed = seed;
        options.TimeProvider = time ?? TimeProvider.System;
        return new SandboxTestClient(options);
    }

    private static async Task<List<int>> StatusesAsync(SandboxTestClient sut, int count)
    {
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var response = await sut.GetAuthorizedAsync(Search);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }

    [Fact]
    public async Task Faults_SameSeed_GiveTheSameSequenceOfStatuses()
    {
        using var first = CreateSut("5xx=0.3,429=0.1", seed: 7);
        using var second = CreateSut("5xx=0.3,429=0.1", seed: 7);

        var a = await StatusesAsync(first, 60);
        var b = await StatusesAsync(second, 60);

        Assert.Equal(a, b);
        Assert.Contains(206, a);
        Assert.Contains(a, s => s is 500 or 502 or 503);
        Assert.Contains(429, a);
    }

    [Fact]
    public async Task Outage_FromItsRequestForItsDuration_Answers503ThenRecovers()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));
        using var sut = CreateSut("outage-at=3,outage=2min", time: time);

        // Requests 1 and 2 come before it; request 3 starts it.
        var before = await StatusesAsync(sut, 4);
        time.Advance(TimeSpan.FromSeconds(119));
        var during = await StatusesAsync(sut, 2);
        time.Advance(TimeSpan.FromSeconds(1));
        var after = await StatusesAsync(sut, 2);

        Assert.Equal([206, 206, 503, 503], before);
        Assert.Equal([503, 503], during);
        Assert.Equal([206, 206], after);
    }

    [Fact]
    public async Task Outage_TimeNotRequests_EndsIt()
    {
        // A client that pauses while the API is down sends few requests: the outage must still end on time.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));
        using var sut = CreateSut("outage=30s", time: time);

        var first = await StatusesAsync(sut, 1);
        time.Advance(TimeSpan.FromSeconds(30));
        var next = await StatusesAsync(sut, 1);

        Assert.Equal([503], first);
        Assert.Equal([206], next);
    }

    [Fact]
    public async Task Faults_ConcurrentCallers_GetTheSameStatusesAsSequentialOnes()
    {
        using var sequential = CreateSut("5xx=0.3,429=0.1,429-length=2", seed: 11);
        using var concurrent = CreateSut("5xx=0.3,429=0.1,429-length=2", seed: 11);
        var token = await concurrent.GetTokenAsync();

        var expected = await StatusesAsync(sequential, 40);
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => concurrent.GetAsync(Search, token)));
        var actual = responses.Select(r => (int)r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        // Arrival order is not fixed, but request n always gets the same fate, so the counts match.
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public async Task Faults_DifferentSeed_GiveADifferentSequence()
    {
        using var first = CreateSut("5xx=0.3", seed: 1);
        using var second = CreateSut("5xx=0.3", seed: 2);

        Assert.NotEqual(await StatusesAsync(first, 60), await StatusesAsync(second, 60));
    }

    [Fact]
    public async Task Faults_SeedInProfile_OverridesTheSandboxSeed()
    {
        using var first = CreateSut("5xx=0.3,seed=5", seed: 1);
        using var second = CreateSut("5xx=0.3,seed=5", seed: 2);

        Assert.Equal(await StatusesAsync(first, 40), await StatusesAsync(second, 40));
    }

    [Fact]
    public async Task Faults_Every3rd500_HitsRequests3_6_9WithTheApiErrorBody()
    {
        using var sut = CreateSut("500=every:3");

        var statuses = await StatusesAsync(sut, 8);
        using var ninth = await sut.GetAuthorizedAsync(Search);

        Assert.Equal([206, 206, 500, 206, 206, 500, 206, 206], statuses);
        Assert.Equal(HttpStatusCode.InternalServerError, ninth.StatusCode);
        Assert.Equal("application/json", ninth.Content.Headers.ContentType?.MediaType);
        using var json = await SandboxTestClient.ReadJsonAsync(ninth);
        Assert.Equal("JCS0011G", json.RootElement.GetProperty("codeErreur").GetString());
        Assert.Equal(500, json.RootElement.GetProperty("codeHttp").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Faults_502_IsAGatewayHtmlPage_And503_HasNoBody()
    {
        using var sut = CreateSut("502=every:1");
        using var other = CreateSut("503=every:1");

        using var badGateway = await sut.GetAuthorizedAsync(Search);
        using var unavailable = await other.GetAuthorizedAsync(Search);

        Assert.Equal(HttpStatusCode.BadGateway, badGateway.StatusCode);
        Assert.Equal("text/html", badGateway.Content.Headers.ContentType?.MediaType);
        Assert.Contains("502 Bad Gateway", await badGateway.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Empty(await unavailable.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task Faults_429Burst_LastsTheConfiguredNumberOfRequests()
    {
        using var sut = CreateSut("429=every:5,429-length=3,retry-after=4s");

        var statuses = await StatusesAsync(sut, 9);
        using var fifth = await sut.GetAuthorizedAsync(Search); // request 10 starts a new burst

        Assert.Equal([206, 206, 206, 206, 429, 429, 429, 206, 206], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(4), fifth.Headers.RetryAfter?.Delta);
        Assert.Equal("text/plain", fifth.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Faults_Latency_CompletesOnlyWhenTheClockAdvances()
    {
        var time = new FakeTimeProvider(SandboxTestClient.FixedNow);
        using var sut = CreateSut("latency=2s", time: time);
        var token = await sut.GetTokenAsync();

        var pending = sut.GetAsync(Search, token);
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(30), Token);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
    }

    [Fact]
    public async Task Faults_LatencySpike_DelaysOnlyTheCallsItFiresOn()
    {
        var time = new FakeTimeProvider(SandboxTestClient.FixedNow);
        using var sut = CreateSut("spike=every:2,spike-latency=3s", time: time);
        var token = await sut.GetTokenAsync();

        using var first = await sut.GetAsync(Search, token).WaitAsync(TimeSpan.FromSeconds(30), Token); // request 1: no spike
        var second = sut.GetAsync(Search, token);
        time.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var spiked = await second.WaitAsync(TimeSpan.FromSeconds(30), Token);

        Assert.Equal(HttpStatusCode.PartialContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, spiked.StatusCode);
    }

    [Fact]
    public async Task Faults_TruncatedBody_KeepsTheStatusButCutsTheJson()
    {
        using var intact = CreateSut("none");
        using var sut = CreateSut("truncate=every:1");

        using var good = await intact.GetAuthorizedAsync(Search);
        using var cut = await sut.GetAuthorizedAsync(Search);
        var full = await good.Content.ReadAsByteArrayAsync(Token);
        var half = await cut.Content.ReadAsByteArrayAsync(Token);

        Assert.Equal(HttpStatusCode.PartialContent, cut.StatusCode);
        Assert.Equal(full.Length / 2, half.Length);
        Assert.Equal(full[..half.Length], half);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(half));
    }

    [Fact]
    public async Task Faults_MalformedBody_IsHtmlUnderAJsonContentType()
    {
        using var sut = CreateSut("malformed=every:1");

        using var response = await sut.GetAuthorizedAsync(Search);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_Revocation_Refuses401TheTokenFromThenOn_ButANewTokenWorks()
    {
        using var sut = CreateSut("revoke=every:3");
        var token = await sut.GetTokenAsync();

        using var first = await sut.GetAsync(Search, token);
        using var second = await sut.GetAsync(Search, token);
        using var revoked = await sut.GetAsync(Search, token);
        using var withOld = await sut.GetAsync(Search, token);
        var fresh = await sut.GetTokenAsync();
        using var withFresh = await sut.GetAsync(Search, fresh);

        Assert.Equal(HttpStatusCode.PartialContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, second.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, withFresh.StatusCode);
    }

    [Fact]
    public async Task Faults_NeverTouchTheTokenEndpoint()
    {
        using var sut = CreateSut("500=every:1,latency=10s", time: new FakeTimeProvider(SandboxTestClient.FixedNow));

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEmpty(await sut.GetTokenAsync());
        }
    }
}
