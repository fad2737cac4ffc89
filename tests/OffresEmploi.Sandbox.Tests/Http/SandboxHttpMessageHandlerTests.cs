using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.Tests.Http;

public class SandboxHttpMessageHandlerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_AnyHost_IsAnswered()
    {
        using var sut = new SandboxTestClient();
        var token = await sut.GetTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://api.francetravail.io/partenaire/offresdemploi/v2/offres/search?range=0-0");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await sut.Http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Same(request, response.RequestMessage);
    }

    [Fact]
    public async Task Send_RelativeUriWithoutBaseAddress_Throws()
    {
        using var handler = new SandboxHttpMessageHandler(SandboxTestClient.CreateOptions());
        using var invoker = new HttpMessageInvoker(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("v2/offres/search", UriKind.Relative));

        await Assert.ThrowsAsync<InvalidOperationException>(() => invoker.SendAsync(request, Token));
    }

    [Fact]
    public void Send_Synchronous_IsSupported()
    {
        using var sut = new SandboxTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v2/offres/search");

        using var response = sut.Http.Send(request, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Ctor_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SandboxHttpMessageHandler(new SandboxOptions { RateLimit = -1 }));
        Assert.Throws<ArgumentException>(() => new SandboxHttpMessageHandler(new SandboxOptions { TokenLifetime = TimeSpan.Zero }));
        Assert.Throws<ArgumentException>(() => new SandboxHttpMessageHandler(new SandboxOptions { CorpusSize = -1 }));
        var noClient = new SandboxOptions();
        noClient.Clients.Clear();
        Assert.Throws<ArgumentException>(() => new SandboxHttpMessageHandler(noClient));
    }

    [Fact]
    public void Today_DefaultsToMidnightUtcOfTheClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 17, 15, 42, 0, TimeSpan.FromHours(2)));

        using var handler = new SandboxHttpMessageHandler(new SandboxOptions { TimeProvider = time, CorpusSize = 1 });

        Assert.Equal(new DateTimeOffset(2026, 5, 17, 0, 0, 0, TimeSpan.Zero), handler.Today);
    }

    [Fact]
    public void Today_FixedNow_IsKept()
    {
        using var handler = new SandboxHttpMessageHandler(SandboxTestClient.CreateOptions());

        Assert.Equal(SandboxTestClient.FixedNow, handler.Today);
    }

    [Fact]
    public async Task Send_TwoHandlersWithTheSameOptions_ServeTheSameOffers()
    {
        using var first = new SandboxTestClient();
        using var second = new SandboxTestClient();

        using var a = await first.GetAuthorizedAsync("v2/offres/search?range=0-20");
        using var b = await second.GetAuthorizedAsync("v2/offres/search?range=0-20");

        Assert.Equal(await a.Content.ReadAsStringAsync(Token), await b.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public void Sandbox_ConventionalAddresses_PointAtTheApiPaths()
    {
        Assert.Equal("/partenaire/offresdemploi/", SandboxDefaults.BaseAddress.AbsolutePath);
        Assert.Equal("/connexion/oauth2/access_token", SandboxDefaults.TokenEndpoint.AbsolutePath);
        Assert.Equal("?realm=%2Fpartenaire", SandboxDefaults.TokenEndpoint.Query);
        Assert.Equal("sandbox", SandboxDefaults.ClientId);
        Assert.Equal("sandbox", SandboxDefaults.ClientSecret);
    }

    [Fact]
    public void SandboxOptions_Defaults_AreDocumentedValues()
    {
        var options = new SandboxOptions();

        Assert.Equal(42, options.Seed);
        Assert.Equal(20_000, options.CorpusSize);
        Assert.Null(options.Now);
        Assert.Equal(TimeSpan.FromSeconds(1499), options.TokenLifetime);
        Assert.Equal(0, options.RateLimit);
        Assert.False(options.LegacyRange);
        Assert.True(options.Faults.IsNone);
        Assert.Same(TimeProvider.System, options.TimeProvider);
        Assert.Equal("sandbox", Assert.Single(options.Clients).Value);
    }
}
