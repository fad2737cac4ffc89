using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Hosting;

namespace OffresEmploi.Sandbox.Tests.Hosting;

public class SandboxServerTests
{
    [Fact]
    public async Task Server_OnLoopbackFreePort_AnswersARealHttpClient()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var token = timeout.Token;
        var options = SandboxTestClient.CreateOptions(200);
        options.RateLimit = 10;
        options.Burst = 10;

        await using var server = await SandboxServer.StartAsync(options, ["http://127.0.0.1:0"], l => l.ClearProviders(), token);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        using var tokenResponse = await http.PostAsync(
            server.TokenEndpoint,
            new FormUrlEncodedContent(SandboxTestClient.TokenForm()),
            token);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        using var tokenJson = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(token));
        var accessToken = tokenJson.RootElement.GetProperty("access_token").GetString();

        using var anonymous = await http.GetAsync("v2/offres/search", token);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var search = await http.GetAsync("v2/offres/search?range=0-9", token);
        using var empty = await http.GetAsync("v2/offres/search?range=500-509", token);
        using var bad = await http.GetAsync("v2/offres/search?range=0-150", token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, search.StatusCode);
        Assert.Equal("offres 0-9/200", search.Content.Headers.GetValues("Content-Range").Single());
        Assert.Equal("9", search.Headers.GetValues("x-ratelimit-remaining-clientidlimiter").Single());
        using var body = JsonDocument.Parse(await search.Content.ReadAsStringAsync(token));
        Assert.Equal(10, body.RootElement.GetProperty("resultats").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
        Assert.Equal("offres */200", empty.Content.Headers.GetValues("Content-Range").Single());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("trop importante", await bad.Content.ReadAsStringAsync(token), StringComparison.Ordinal);

        await server.StopAsync(token);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync("v2/offres/search", token));
    }

    [Fact]
    public async Task Server_StartupLog_NamesAddressesAndDefaultCredentialsButNoCustomSecret()
    {
        var token = TestContext.Current.CancellationToken;
        var options = SandboxTestClient.CreateOptions(1);
        options.Clients["partner"] = "do-not-print-me";

        await using var server = await SandboxServer.StartAsync(options, ["http://127.0.0.1:0"], l => l.ClearProviders(), token);
        var log = SandboxStartupLog.Format(server, options);

        Assert.Contains(server.BaseAddress.ToString(), log, StringComparison.Ordinal);
        Assert.Contains(server.TokenEndpoint.ToString(), log, StringComparison.Ordinal);
        Assert.Contains("client_id=sandbox client_secret=sandbox", log, StringComparison.Ordinal);
        Assert.Contains("client_id=partner", log, StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-print-me", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_OnDayThree_ServesThatDaysMarket_AndSaysSo()
    {
        var token = TestContext.Current.CancellationToken;
        var options = SandboxTestClient.CreateOptions(500);
        options.Day = 3;
        var day0 = OffreCorpus.Build(new CorpusOptions { Seed = options.Seed, Size = 500, Now = SandboxTestClient.FixedNow });

        await using var server = await SandboxServer.StartAsync(options, ["http://127.0.0.1:0"], l => l.ClearProviders(), token);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var tokenResponse = await http.PostAsync(server.TokenEndpoint, new FormUrlEncodedContent(SandboxTestClient.TokenForm()), token);
        using var tokenJson = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(token));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokenJson.RootElement.GetProperty("access_token").GetString());
        var changes = MarketChanges.Between(day0, server.Corpus);
        using var search = await http.GetAsync("v2/offres/search?range=0-0", token);
        using var vanished = await http.GetAsync("v2/offres/" + changes.Vanished[0], token);
        using var added = await http.GetAsync("v2/offres/" + changes.Added[0], token);

        Assert.Equal($"offres 0-0/{server.Corpus.Count}", search.Content.Headers.GetValues("Content-Range").Single());
        Assert.Equal(HttpStatusCode.NoContent, vanished.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains($"day 3: the market of 2026-03-05, {server.Corpus.Count} offers online", SandboxStartupLog.Format(server, options), StringComparison.Ordinal);
    }
}
