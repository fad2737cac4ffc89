using System.Net;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sandbox;
using OffresEmploi.Sdk;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Cli.Tests.Infrastructure;

/// <summary>
/// Issue #12 end to end: which client a command gets from the environment, and what the user reads when the real API
/// cannot be used. The SDK runs with its default options (3 retries from 1 s); the clock is fake, nothing waits.
/// </summary>
public sealed class ApiSessionTests
{
    private const string Secret = "cli-S3CRET-value-4d1e";

    [Theory]
    [InlineData(OffresEmploiOptions.ClientIdVariable, "PAR_someone", OffresEmploiOptions.ClientSecretVariable)]
    [InlineData(OffresEmploiOptions.ClientSecretVariable, Secret, OffresEmploiOptions.ClientIdVariable)]
    public async Task Search_OnlyOneCredentialSet_IsAUsageErrorNamingTheMissingVariable(string setVariable, string value, string missing)
    {
        var run = await new CliRunner().WithEnvironment(setVariable, value).InvokeAsync("search", "boulanger");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith($"error: {missing} is not set but {setVariable} is: set both", run.ErrorLine, StringComparison.Ordinal);
        Assert.DoesNotContain("Sandbox data", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
        Assert.DoesNotContain(Secret, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OnlyOneCredentialSetWithSandboxFlag_UsesTheSandbox()
    {
        var run = await new CliRunner()
            .WithEnvironment(OffresEmploiOptions.ClientIdVariable, "PAR_someone")
            .InvokeAsync("search", "--sandbox", "--limit", "2", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(2, run.OutLines.Count);
        Assert.Contains("Sandbox data: offline simulator (--sandbox)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoCredentials_UsesTheSandboxAndSaysWhy()
    {
        var run = await new CliRunner().InvokeAsync("search", "--limit", "1", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Sandbox data: offline simulator (no OFFRES_EMPLOI_CLIENT_ID/SECRET set)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MalformedBaseUrl_IsAUsageErrorNamingTheVariable()
    {
        var run = await new CliRunner()
            .WithEnvironment(OffresEmploiOptions.ClientIdVariable, "PAR_someone")
            .WithEnvironment(OffresEmploiOptions.ClientSecretVariable, Secret)
            .WithEnvironment(OffresEmploiOptions.BaseAddressVariable, "not a url")
            .InvokeAsync("search", "boulanger");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("OFFRES_EMPLOI_BASE_URL is not an absolute URL", run.ErrorLine, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Search_RequestsPerSecondVariable_PacesTheApiRequests()
    {
        // Read through OffresEmploiOptions.FromEnvironment like every other variable: 0.5 requests/s is one every 2 s.
        var ct = TestContext.Current.CancellationToken;
        var time = new TimerTrackingTimeProvider();
        var runner = new CliRunner { ApiHandler = TestSandbox.Handler, TimeProvider = time }
            .WithEnvironment(OffresEmploiOptions.ClientIdVariable, SandboxDefaults.ClientId)
            .WithEnvironment(OffresEmploiOptions.ClientSecretVariable, SandboxDefaults.ClientSecret)
            .WithEnvironment(OffresEmploiOptions.BaseAddressVariable, SandboxDefaults.BaseAddress.ToString())
            .WithEnvironment(OffresEmploiOptions.TokenEndpointVariable, SandboxDefaults.TokenEndpoint.ToString())
            .WithEnvironment(OffresEmploiOptions.RequestsPerSecondVariable, "0.5");

        // More offers than one page holds: at least two API requests, the second paced.
        var run = await FakeClock.RunAsync(runner.RunAsync(["search", "--json", "--limit", "300"], ct), time, FakeClock.BackoffsOnly, ct);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(300, run.OutLines.Count);
        Assert.Contains(time.DueTimes, due => due > TimeSpan.FromSeconds(1.5) && due <= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Search_MalformedRequestsPerSecond_IsAUsageErrorNamingTheVariable()
    {
        var run = await new CliRunner()
            .WithEnvironment(OffresEmploiOptions.ClientIdVariable, "PAR_someone")
            .WithEnvironment(OffresEmploiOptions.ClientSecretVariable, Secret)
            .WithEnvironment(OffresEmploiOptions.RequestsPerSecondVariable, "fast")
            .InvokeAsync("search", "boulanger");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("OFFRES_EMPLOI_REQUESTS_PER_SECOND must be a number", run.ErrorLine, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Search_TokenUrlRefusesConnections_DefaultOptions_SaysCannotReachAndNamesTheTokenUrlVariable()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = LoopbackServers.ClosedPort();
        var time = new TimerTrackingTimeProvider();
        var runner = new CliRunner { TimeProvider = time }
            .WithEnvironment(OffresEmploiOptions.ClientIdVariable, "PAR_someone")
            .WithEnvironment(OffresEmploiOptions.ClientSecretVariable, Secret)
            .WithEnvironment(OffresEmploiOptions.TokenEndpointVariable, $"http://127.0.0.1:{port}/connexion/oauth2/access_token");

        // No ApiHandler: the CLI's client uses the real network stack, and the OS refuses the connection.
        var run = await FakeClock.RunAsync(runner.RunAsync(["search", "boulanger"], ct), time, FakeClock.BackoffsOnly, ct);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal($"error: France Travail's token endpoint at 127.0.0.1:{port} could not be reached (connection refused): check the network or OFFRES_EMPLOI_TOKEN_URL", run.ErrorLine);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Search_TokenEndpointAnswers503_DefaultOptions_SaysTheIdentityServiceIsFailing()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new TimerTrackingTimeProvider();
        using var identityDown = new TokenEndpointAnswering(HttpStatusCode.ServiceUnavailable);
        var runner = new CliRunner { TimeProvider = time, ApiHandler = identityDown }
            .WithEnvironment(OffresEmploiOptions.ClientIdVariable, "PAR_someone")
            .WithEnvironment(OffresEmploiOptions.ClientSecretVariable, Secret);

        var run = await FakeClock.RunAsync(runner.RunAsync(["search", "boulanger"], ct), time, FakeClock.BackoffsOnly, ct);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("error: France Travail's identity service is failing (HTTP 503 from the token endpoint): retry later; your settings are fine", run.ErrorLine);
        Assert.Equal(4, identityDown.TokenRequests);
    }

    /// <summary>Answers every token request with one status and counts them; any other request is a test failure.</summary>
    private sealed class TokenEndpointAnswering(HttpStatusCode status) : HttpMessageHandler
    {
        private int _tokenRequests;

        public int TokenRequests => _tokenRequests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.EndsWith("/access_token", request.RequestUri!.AbsolutePath, StringComparison.Ordinal);
            _ = Interlocked.Increment(ref _tokenRequests);
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("<html>Service Unavailable</html>") });
        }
    }
}
