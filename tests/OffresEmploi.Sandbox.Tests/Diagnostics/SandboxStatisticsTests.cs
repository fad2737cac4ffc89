using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sandbox.Diagnostics;

namespace OffresEmploi.Sandbox.Tests.Diagnostics;

public class SandboxStatisticsTests
{
    private const string Search = "v2/offres/search?range=0-0";

    private static (SandboxTestClient Client, FakeTimeProvider Time) CreateSut(double rate = 0, int burst = 0)
    {
        var time = new FakeTimeProvider(SandboxTestClient.FixedNow);
        var options = SandboxTestClient.CreateOptions();
        options.TimeProvider = time;
        options.RateLimit = rate;
        options.Burst = burst;
        return (new SandboxTestClient(options), time);
    }

    [Fact]
    public void Statistics_OfANewSandbox_AreAllZero()
    {
        var (sut, _) = CreateSut();
        using var client = sut;

        Assert.Equal(new SandboxStatistics(), client.Handler.Statistics);
    }

    [Fact]
    public async Task Statistics_CountTokenRequestsAndIssuedTokensSeparately()
    {
        var (sut, _) = CreateSut();
        using var client = sut;

        using var refused = await client.RequestTokenAsync(SandboxTestClient.TokenForm(secret: "wrong"));
        _ = await client.GetTokenAsync();
        _ = await client.GetTokenAsync();

        var statistics = client.Handler.Statistics;
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // invalid_client
        Assert.Equal(3, statistics.TokenRequests);
        Assert.Equal(2, statistics.TokensIssued);
        Assert.Equal(0, statistics.ApiRequests);
    }

    [Fact]
    public async Task Statistics_CountApiRequests401And429()
    {
        var (sut, _) = CreateSut(rate: 1, burst: 2);
        using var client = sut;

        using var anonymous = await client.GetAsync(Search, token: null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAuthorizedAsync(Search);
            statuses.Add(response.StatusCode);
        }

        var statistics = client.Handler.Statistics;
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(5, statistics.ApiRequests);
        Assert.Equal(1, statistics.Unauthorized);
        Assert.Equal(2, statistics.TooManyRequests);
    }

    [Fact]
    public async Task Statistics_CountReferentielFetchesAnswered200Only()
    {
        var (sut, _) = CreateSut(rate: 1, burst: 2);
        using var client = sut;

        using var first = await client.GetAuthorizedAsync("v2/referentiel/typesContrats");
        using var search = await client.GetAuthorizedAsync(Search);
        using var refused = await client.GetAuthorizedAsync("v2/referentiel/typesContrats");
        using var anonymous = await client.GetAsync("v2/referentiel/typesContrats", token: null);

        var statistics = client.Handler.Statistics;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(1, statistics.ReferentielFetches);
        Assert.Equal(new Dictionary<string, long> { ["typesContrats"] = 1 }, statistics.ReferentielFetchesByName);
        Assert.Equal(4, statistics.ApiRequests);
    }

    [Fact]
    public async Task ReferentielFetchesByName_CountsEachName_InOrdinalOrder_AndNotUnknownNames()
    {
        var (sut, _) = CreateSut();
        using var client = sut;

        foreach (var path in new[] { "v2/referentiel/typesContrats", "v2/referentiel/communes", "v2/referentiel/typesContrats", "v2/referentiel/inconnu" })
        {
            using var response = await client.GetAuthorizedAsync(path);
        }

        var statistics = client.Handler.Statistics;
        Assert.Equal(3, statistics.ReferentielFetches);
        Assert.Equal([new("communes", 1), new("typesContrats", 2)], statistics.ReferentielFetchesByName.ToList());
    }

    [Fact]
    public async Task Statistics_WithTheSameCounts_AreEqual_ByNameIncluded()
    {
        var (firstSut, _) = CreateSut();
        var (secondSut, _) = CreateSut();
        using var first = firstSut;
        using var second = secondSut;

        using var a = await first.GetAuthorizedAsync("v2/referentiel/communes");
        using var b = await second.GetAuthorizedAsync("v2/referentiel/communes");
        Assert.Equal(first.Handler.Statistics, second.Handler.Statistics);

        // The same totals, different names: the by-name counts alone tell them apart.
        using var c = await first.GetAuthorizedAsync("v2/referentiel/typesContrats");
        using var d = await second.GetAuthorizedAsync("v2/referentiel/metiers");
        Assert.Equal(first.Handler.Statistics with { ReferentielFetchesByName = second.Handler.Statistics.ReferentielFetchesByName }, second.Handler.Statistics);
        Assert.NotEqual(first.Handler.Statistics, second.Handler.Statistics);
    }

    [Fact]
    public async Task MaxApiRequestsPerSecond_IsTheBusiestSlidingSecond()
    {
        var (sut, time) = CreateSut();
        using var client = sut;

        // 3 requests at 0 s, 2 at 0.9 s (5 within one second), then 4 at 1.95 s: the window (0.95 s, 1.95 s]
        // holds those 4 only, and (0.9 s - 1 s, 0.9 s] holds 5, the maximum.
        await SendAsync(client, 3);
        time.Advance(TimeSpan.FromMilliseconds(900));
        await SendAsync(client, 2);
        time.Advance(TimeSpan.FromMilliseconds(1050));
        await SendAsync(client, 4);

        Assert.Equal(5, client.Handler.Statistics.MaxApiRequestsPerSecond);
        Assert.Equal(9, client.Handler.Statistics.ApiRequests);
    }

    [Fact]
    public async Task MaxApiRequestsPerSecond_ExcludesARequestExactlyOneSecondOld()
    {
        var (sut, time) = CreateSut();
        using var client = sut;

        await SendAsync(client, 2);
        time.Advance(TimeSpan.FromSeconds(1));
        await SendAsync(client, 2);

        Assert.Equal(2, client.Handler.Statistics.MaxApiRequestsPerSecond);
    }

    [Fact]
    public async Task StatsEndpoint_ServesTheCountersAsJson_WithoutCountingItself()
    {
        var (sut, _) = CreateSut(rate: 1, burst: 1);
        using var client = sut;
        await SendAsync(client, 2);

        using var response = await client.Http.GetAsync(new Uri(SandboxDefaults.BaseAddress, StatisticsEndpoint.Path), TestContext.Current.CancellationToken);
        using var json = await SandboxTestClient.ReadJsonAsync(response);
        using var post = await client.Http.PostAsync(new Uri(SandboxDefaults.BaseAddress, StatisticsEndpoint.Path), content: null, TestContext.Current.CancellationToken);

        var root = json.RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, root.GetProperty("tokenRequests").GetInt64());
        Assert.Equal(1, root.GetProperty("tokensIssued").GetInt64());
        Assert.Equal(2, root.GetProperty("apiRequests").GetInt64());
        Assert.Equal(2, root.GetProperty("maxApiRequestsPerSecond").GetInt64());
        Assert.Equal(1, root.GetProperty("tooManyRequests").GetInt64());
        Assert.Equal(0, root.GetProperty("unauthorized").GetInt64());
        Assert.Equal(0, root.GetProperty("referentielFetches").GetInt64());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("referentielFetchesByName").ValueKind);
        Assert.Empty(root.GetProperty("referentielFetchesByName").EnumerateObject());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(2, client.Handler.Statistics.ApiRequests);
    }

    [Fact]
    public async Task StatsEndpoint_ServesTheFetchesByName_AsAnObject()
    {
        var (sut, _) = CreateSut();
        using var client = sut;
        using var contrats = await client.GetAuthorizedAsync("v2/referentiel/typesContrats");
        using var communes = await client.GetAuthorizedAsync("v2/referentiel/communes");
        using var again = await client.GetAuthorizedAsync("v2/referentiel/communes");

        using var response = await client.Http.GetAsync(new Uri(SandboxDefaults.BaseAddress, StatisticsEndpoint.Path), TestContext.Current.CancellationToken);
        using var json = await SandboxTestClient.ReadJsonAsync(response);

        var byName = json.RootElement.GetProperty("referentielFetchesByName");
        Assert.Equal(3, json.RootElement.GetProperty("referentielFetches").GetInt64());
        Assert.Equal(["communes=2", "typesContrats=1"], byName.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetInt64()}"));
    }

    private static async Task SendAsync(SandboxTestClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAuthorizedAsync(Search);
        }
    }
}
