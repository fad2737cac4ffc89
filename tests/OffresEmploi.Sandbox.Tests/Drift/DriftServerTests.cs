using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sandbox.Drift;
using OffresEmploi.Sandbox.Hosting;

namespace OffresEmploi.Sandbox.Tests.Drift;

/// <summary>Drift through the HTTP server, as <c>--drift</c> gives it: what a contract checker run against
/// <c>OffresEmploi.Sandbox.Server</c> sees.</summary>
public class DriftServerTests
{
    [Fact]
    public async Task Server_DriftFromTheCommandLine_ReachesARealHttpClientAndTheStartupLog()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var token = timeout.Token;
        var commandLine = SandboxCommandLine.Parse(["--size", "50", "--now", "2026-03-02", "--drift", "missing-header,unexpected-status,unknown-member"]);
        Assert.Null(commandLine.Error);

        await using var server = await SandboxServer.StartAsync(commandLine.Options, ["http://127.0.0.1:0"], l => l.ClearProviders(), token);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var tokenResponse = await http.PostAsync(server.TokenEndpoint, new FormUrlEncodedContent(SandboxTestClient.TokenForm()), token);
        using var tokenJson = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(token));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokenJson.RootElement.GetProperty("access_token").GetString());

        using var search = await http.GetAsync("v2/offres/search?range=0-9", token);
        using var searchJson = JsonDocument.Parse(await search.Content.ReadAsStringAsync(token));
        var first = searchJson.RootElement.GetProperty("resultats")[0];
        using var offre = await http.GetAsync("v2/offres/" + first.GetProperty("id").GetString(), token);
        using var offreJson = JsonDocument.Parse(await offre.Content.ReadAsStringAsync(token));

        Assert.Equal(HttpStatusCode.PartialContent, search.StatusCode);
        Assert.False(search.Content.Headers.Contains("Content-Range"));
        Assert.True(search.Headers.Contains("Accept-Range"));
        Assert.Equal(DriftProfile.UnknownMemberValue, first.GetProperty(DriftProfile.UnknownMemberName).GetString());
        Assert.Equal(HttpStatusCode.Accepted, offre.StatusCode);
        Assert.Equal(DriftProfile.UnknownMemberValue, offreJson.RootElement.GetProperty(DriftProfile.UnknownMemberName).GetString());
        Assert.Contains("drift          unknown-member,missing-header,unexpected-status (off-contract on purpose)", SandboxStartupLog.Format(server, commandLine.Options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_NoDrift_StartupLogSaysNothingAboutIt()
    {
        var token = TestContext.Current.CancellationToken;
        var options = SandboxTestClient.CreateOptions(1);

        await using var server = await SandboxServer.StartAsync(options, ["http://127.0.0.1:0"], l => l.ClearProviders(), token);

        Assert.DoesNotContain("drift", SandboxStartupLog.Format(server, options), StringComparison.Ordinal);
    }
}
