using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sandbox.Tests;

/// <summary>The one-call client over the in-process sandbox that the CLI, the MCP server, the tests and the benchmarks use.</summary>
public class SandboxClientFactoryTests
{
    private static readonly DateTimeOffset Today = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_NewSandbox_SearchesItsCorpus()
    {
        using var client = SandboxClientFactory.Create(new SandboxClientOptions { Sandbox = new SandboxOptions { CorpusSize = 300, Now = Today } });

        var page = await client.SearchAsync(new OffresSearchRequest(), Token);

        Assert.Equal(300, page.Total);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Create_InvalidSandboxOptions_ThrowAtOnce_EvenWhenTheSandboxWaitsForTheFirstRequest(bool lazy)
    {
        var options = new SandboxClientOptions { Sandbox = new SandboxOptions { CorpusSize = -1 }, CreateSandboxOnFirstRequest = lazy };

        var ex = Assert.Throws<ArgumentException>(() => SandboxClientFactory.Create(options));

        Assert.Equal(nameof(SandboxOptions.CorpusSize), ex.ParamName);
    }

    [Fact]
    public async Task Create_SandboxOnFirstRequest_AnswersLikeAnEagerOne()
    {
        using var client = SandboxClientFactory.Create(new SandboxClientOptions
        {
            Sandbox = new SandboxOptions { CorpusSize = 300, Now = Today },
            CreateSandboxOnFirstRequest = true,
        });

        var page = await client.SearchAsync(new OffresSearchRequest(), Token);

        Assert.Equal(300, page.Total);
    }

    [Fact]
    public async Task Create_OverAHandler_SendsThroughIt_AndLeavesItUndisposed()
    {
        using var sandbox = new SandboxHttpMessageHandler(new SandboxOptions { CorpusSize = 300, Now = Today });
        using var counting = new CountingHandler(sandbox);

        using (var client = SandboxClientFactory.Create(counting))
        {
            _ = await client.SearchAsync(new OffresSearchRequest(), Token);
        }

        Assert.Equal(2, counting.Requests); // the token, then the search
        Assert.False(counting.Disposed);
    }

    [Fact]
    public void CreateClientOptions_SandboxCredentialsAndAddresses_PacingOff_ThenConfigureClient()
    {
        var defaults = SandboxClientFactory.CreateClientOptions();
        using var configured = SandboxClientFactory.Create(new SandboxClientOptions { ConfigureClient = o => o.RangeLimits = OffresRangeLimits.Legacy });

        Assert.Equal(SandboxDefaults.ClientId, defaults.ClientId);
        Assert.Equal(SandboxDefaults.ClientSecret, defaults.ClientSecret);
        Assert.Equal(SandboxDefaults.BaseAddress, defaults.BaseAddress);
        Assert.Equal(SandboxDefaults.TokenEndpoint.GetLeftPart(UriPartial.Path), defaults.TokenEndpoint.ToString());
        Assert.Equal(0, defaults.RequestsPerSecond);
        Assert.Equal(OffresRangeLimits.Legacy.MaxFirst, configured.RangeLimits.MaxFirst);
    }

    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _requests;

        public int Requests => _requests;

        public bool Disposed { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _ = Interlocked.Increment(ref _requests);
            return base.SendAsync(request, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
