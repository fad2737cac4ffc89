using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Sdk.Tests.Security;

/// <summary>
/// The secret sweep over the SDK: normal calls, a wrong secret, token revocation with 401 replays, every fault preset
/// of the sandbox, and the DI-registered client with IHttpClientFactory's own logging. Zero hits everywhere.
/// </summary>
public sealed class SecretSweepScenarioTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const int LocallyRefused = 4;

    private static readonly SweepChannel[] SdkChannels = [SweepChannel.Log, SweepChannel.Exception, SweepChannel.ActivityTag, SweepChannel.MetricTag, SweepChannel.ToStringText];

    [Fact]
    public async Task NormalCalls_LeakNothing()
    {
        using var sandbox = new SweepSandbox();
        using var client = sandbox.CreateClient();

        var failures = await SweepWorkload.RunAsync(client, sandbox.Sweep, Ct);

        Assert.Equal(LocallyRefused, failures);
        Assert.Equal(1, sandbox.Transport.Issued);
        SweepReport.Write("normal", sandbox.Sweep);
        sandbox.Sweep.AssertClean(SdkChannels);
    }

    [Fact]
    public async Task WrongSecret_AuthenticationErrors_LeakNeitherSecret()
    {
        using var sandbox = new SweepSandbox();
        using var client = sandbox.CreateClient(presentedSecret: "sweep-WRONG-" + Guid.NewGuid().ToString("N")[..16]);

        var error = await sandbox.Sweep.CaptureAsync(() => client.SearchAsync(new OffresSearchRequest(), Ct));
        var failures = await SweepWorkload.RunAsync(client, sandbox.Sweep, Ct);

        var auth = Assert.IsType<OffresEmploiAuthenticationException>(error);
        Assert.Equal("invalid_client", auth.Error);
        Assert.True(failures >= 7, $"{failures} failures");
        Assert.Equal(0, sandbox.Transport.Issued);
        SweepReport.Write("wrong secret", sandbox.Sweep);
        sandbox.Sweep.AssertClean(SdkChannels);
    }

    [Fact]
    public async Task TokenRevokedEveryThirdCall_ReplaysWithFreshTokens_LeakNoToken()
    {
        using var sandbox = new SweepSandbox("revoke=every:3");
        using var client = sandbox.CreateClient();

        var failures = await SweepWorkload.RunAsync(client, sandbox.Sweep, Ct);

        Assert.Equal(LocallyRefused, failures);
        Assert.True(sandbox.Transport.Issued > 3, $"{sandbox.Transport.Issued} tokens issued");
        SweepReport.Write("revoke + 401 replay", sandbox.Sweep);
        sandbox.Sweep.AssertClean(SdkChannels);
    }

    [Fact]
    public async Task TokenEndpointRefusesConnections_ConnectionErrors_LeakNothing()
    {
        using var sandbox = new SweepSandbox();
        var port = LoopbackServers.ClosedPort();
        var options = sandbox.Options();

        // The secret where a careless setting would put it, the token URL's user info and query: the error names the
        // host, the cause and the network stack's own text, none of which may carry it.
        options.TokenEndpoint = new Uri($"http://{SweepSandbox.ClientId}:{sandbox.Secret}@127.0.0.1:{port}/connexion/oauth2/access_token?client_secret={sandbox.Secret}");
        options.MaxRetryAttempts = 0;
        sandbox.Sweep.Add(SweepChannel.ToStringText, options.ToString());
        using var client = new OffresEmploiClient(options, transport: null, TimeProvider.System, sandbox.Sweep.LoggerFactory);

        var error = await sandbox.Sweep.CaptureAsync(() => client.SearchAsync(new OffresSearchRequest(), Ct));
        var failures = await SweepWorkload.RunAsync(client, sandbox.Sweep, Ct);

        var connection = Assert.IsType<OffresEmploiConnectionException>(error);
        Assert.Equal(ConnectionFailureCause.ConnectionRefused, connection.Cause);
        Assert.Equal($"127.0.0.1:{port}", connection.Host);
        Assert.True(failures >= 7, $"{failures} failures");
        SweepReport.Write("token endpoint refused", sandbox.Sweep);
        sandbox.Sweep.AssertClean(SdkChannels);
    }

    [Fact]
    public async Task ApiRefusesConnections_ConnectionErrors_LeakNothing()
    {
        using var sandbox = new SweepSandbox();
        var port = LoopbackServers.ClosedPort();
        var options = sandbox.Options();
        options.BaseAddress = new Uri($"http://127.0.0.1:{port}/partenaire/offresdemploi/");
        options.MaxRetryAttempts = 0;

        // Tokens from the sandbox (so real tokens exist to leak), API requests to the closed port.
        using var transport = new TokenOrNetwork(sandbox.Transport);
        using var client = new OffresEmploiClient(options, transport, TimeProvider.System, sandbox.Sweep.LoggerFactory);

        var error = await sandbox.Sweep.CaptureAsync(() => client.SearchAsync(new OffresSearchRequest(), Ct));
        var failures = await SweepWorkload.RunAsync(client, sandbox.Sweep, Ct);

        var connection = Assert.IsType<OffresEmploiConnectionException>(error);
        Assert.Equal(OffresEmploiEndpoint.Api, connection.Endpoint);
        Assert.Equal(ConnectionFailureCause.ConnectionRefused, connection.Cause);
        Assert.True(sandbox.Transport.Issued >= 1);
        Assert.True(failures >= 7, $"{failures} failures");
        SweepReport.Write("API refused", sandbox.Sweep);
        sandbox.Sweep.AssertClean(SdkChannels);
    }

    [Theory]
    [InlineData("flaky")]
    [InlineData("unstable")]
    [InlineData("chaos")]
    public async Task FaultPreset_LeaksNothing(string preset)
    {
        // The preset with its latency shrunk, and 429s asking for no wait: the faults stay, the test stays quick.
        using var sandbox = new SweepSandbox($"{preset},latency=0ms-3ms,retry-after=0ms");
        using var client = sandbox.CreateClient();

        var failures = await SweepWorkload.RunAsync(client, sandbox.Sweep, Ct);

        Assert.True(failures >= LocallyRefused);
        Assert.True(sandbox.Transport.Issued >= 1);
        SweepReport.Write(preset, sandbox.Sweep);
        sandbox.Sweep.AssertClean(SdkChannels);
    }

    [Fact]
    public async Task DependencyInjection_WithTraceLogging_LeaksNothing()
    {
        using var sandbox = new SweepSandbox("unstable,latency=0ms,retry-after=0ms");
        var options = sandbox.Options();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(sandbox.Sweep.LoggerProvider))
            .AddOffresEmploi(
                o =>
                {
                    o.ClientId = options.ClientId;
                    o.ClientSecret = options.ClientSecret;
                    o.BaseAddress = options.BaseAddress;
                    o.TokenEndpoint = options.TokenEndpoint;
                    o.RequestsPerSecond = 0;
                    o.RetryBaseDelay = options.RetryBaseDelay;
                    o.MaxRetryDelay = options.MaxRetryDelay;
                },
                _ => sandbox.Transport);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<OffresEmploiClient>();

        _ = await SweepWorkload.RunAsync(client, sandbox.Sweep, Ct);

        // IHttpClientFactory's header loggers (and their scopes) are removed from the SDK's clients: its structured
        // values carried the raw Authorization header. Only the SDK's own events remain.
        Assert.DoesNotContain(sandbox.Sweep.CountByChannel().Keys, c => c == SweepChannel.LogScope);
        sandbox.Sweep.Add(SweepChannel.ToStringText, provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<OffresEmploiOptions>>().Value.ToString());
        SweepReport.Write("DI + Trace logging", sandbox.Sweep);
        sandbox.Sweep.AssertClean(SdkChannels);
    }
}

/// <summary>Token requests to the sweep's sandbox, everything else to the real network stack.</summary>
internal sealed class TokenOrNetwork(HttpMessageHandler tokenEndpoint) : HttpMessageHandler
{
    private readonly HttpMessageInvoker _token = new(tokenEndpoint, disposeHandler: false);
    private readonly HttpMessageInvoker _network = new(new SocketsHttpHandler());

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.RequestUri!.AbsolutePath.EndsWith("/access_token", StringComparison.Ordinal)
            ? _token.SendAsync(request, cancellationToken)
            : _network.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _token.Dispose();
            _network.Dispose();
        }

        base.Dispose(disposing);
    }
}
