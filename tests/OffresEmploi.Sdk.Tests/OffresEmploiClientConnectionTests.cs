using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests;

/// <summary>
/// Issue #12, "say what really went wrong": with the default options (3 retries from 1 s, 30 s attempts, 2 min in all),
/// a call that gets no answer ends with an <see cref="OffresEmploiConnectionException"/> naming the host, the service and
/// the cause; the token endpoint's outage and its credential refusals are told apart. Refused, reset and unresolvable
/// hosts go through the real network stack; the clock is fake, so the backoffs cost nothing.
/// </summary>
public sealed class OffresEmploiClientConnectionTests
{
    // Real sockets: a test that somehow waits on the network fails instead of hanging the run.
    private const int NetworkTimeout = 60_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A client with the default options but for the credentials and the endpoints the test points elsewhere.</summary>
    private static OffresEmploiClient CreateClient(FakeFranceTravail fake, Action<OffresEmploiOptions>? endpoints = null) =>
        new(TestData.Options(endpoints), fake, fake.Time);

    /// <summary>Sends what the stub receives to the real network stack (the stub still counts the attempts).</summary>
    private static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> ToNetwork(HttpMessageInvoker network) =>
        (request, cancellationToken) => network.SendAsync(request, cancellationToken);

    [Fact(Timeout = NetworkTimeout)]
    public async Task SearchAsync_TokenEndpointRefusesConnections_DefaultOptions_NamesTheTokenHostAfterThreeRetries()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = LoopbackServers.ClosedPort();
        using var network = new HttpMessageInvoker(new SocketsHttpHandler());
        using var fake = new FakeFranceTravail();
        _ = fake.Token.OtherwiseAwaiting(ToNetwork(network));
        using var sut = CreateClient(fake, o => o.TokenEndpoint = new Uri($"http://127.0.0.1:{port}/connexion/oauth2/access_token"));

        var call = sut.SearchAsync(new OffresSearchRequest(), ct);
        var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => FakeClock.RunAsync(call, fake.Time, FakeClock.BackoffsOnly, ct));

        Assert.Equal(ConnectionFailureCause.ConnectionRefused, ex.Cause);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Equal($"127.0.0.1:{port}", ex.Host);
        Assert.Equal(0, ex.Status);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.StartsWith($"Cannot reach 127.0.0.1:{port} (the token endpoint): connection refused.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, fake.Token.Count);
        Assert.Equal(0, fake.Api.Count);
    }

    [Fact(Timeout = NetworkTimeout)]
    public async Task SearchAsync_TokenHostDoesNotResolve_DefaultOptions_SaysTheNameWasNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        const string Host = "offres-emploi-sdk-tests.invalid";
        using var network = new HttpMessageInvoker(new SocketsHttpHandler());
        using var fake = new FakeFranceTravail();
        _ = fake.Token.OtherwiseAwaiting(ToNetwork(network));
        using var sut = CreateClient(fake, o => o.TokenEndpoint = new Uri($"https://{Host}/connexion/oauth2/access_token"));

        var call = sut.SearchAsync(new OffresSearchRequest(), ct);
        var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => FakeClock.RunAsync(call, fake.Time, FakeClock.BackoffsOnly, ct));

        Assert.Equal(Host, ex.Host);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Equal(4, fake.Token.Count);

        // RFC 6761 reserves .invalid, but some resolvers (captive portals, DNS hijacking) answer anyway: then the cause
        // is whatever happened next, and only the host and the endpoint can be checked.
        if (await ResolvesAsync(Host))
        {
            Assert.Skip($"This machine's resolver answers for {Host}; cause seen: {ex.Cause}.");
        }

        Assert.Equal(ConnectionFailureCause.NameResolution, ex.Cause);
        Assert.StartsWith($"Cannot reach {Host} (the token endpoint): host name not found (DNS).", ex.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = NetworkTimeout)]
    public async Task SearchAsync_ApiRefusesConnections_DefaultOptions_NamesTheApiHost()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = LoopbackServers.ClosedPort();
        using var network = new HttpMessageInvoker(new SocketsHttpHandler());
        using var fake = new FakeFranceTravail();
        _ = fake.Api.OtherwiseAwaiting(ToNetwork(network));
        using var sut = CreateClient(fake, o => o.BaseAddress = new Uri($"http://127.0.0.1:{port}/partenaire/offresdemploi/"));

        var call = sut.SearchAsync(new OffresSearchRequest(), ct);
        var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => FakeClock.RunAsync(call, fake.Time, FakeClock.BackoffsOnly, ct));

        Assert.Equal(ConnectionFailureCause.ConnectionRefused, ex.Cause);
        Assert.Equal(OffresEmploiEndpoint.Api, ex.Endpoint);
        Assert.Equal($"127.0.0.1:{port}", ex.Host);
        Assert.StartsWith($"Cannot reach 127.0.0.1:{port} (the API): connection refused.\nThe search request got no response.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, fake.Api.Count);
        Assert.Equal(1, fake.Token.Count);
    }

    [Fact(Timeout = NetworkTimeout)]
    public async Task SearchAsync_ApiResetsEveryConnection_DefaultOptions_SaysConnectionReset()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var (listener, port) = LoopbackServers.StartResetting(stop.Token);
        using var network = new HttpMessageInvoker(new SocketsHttpHandler());
        using var fake = new FakeFranceTravail();
        _ = fake.Api.OtherwiseAwaiting(ToNetwork(network));
        using var sut = CreateClient(fake, o => o.BaseAddress = new Uri($"http://127.0.0.1:{port}/partenaire/offresdemploi/"));

        try
        {
            var call = sut.GetOffreAsync("048KLTP", ct);
            var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => FakeClock.RunAsync(call, fake.Time, FakeClock.BackoffsOnly, ct));

            Assert.Equal(ConnectionFailureCause.ConnectionReset, ex.Cause);
            Assert.Equal(OffresEmploiEndpoint.Api, ex.Endpoint);
            Assert.Equal($"127.0.0.1:{port}", ex.Host);
            Assert.Contains("connection reset", ex.Message, StringComparison.Ordinal);
            Assert.Equal(4, fake.Api.Count);
        }
        finally
        {
            await stop.CancelAsync();
            listener.Stop();
        }
    }

    [Fact]
    public async Task SearchAsync_TokenEndpointCertificateRejected_DefaultOptions_SaysTls()
    {
        // What SocketsHttpHandler throws when the certificate does not validate (a real TLS server would need a trusted certificate).
        using var fake = new FakeFranceTravail();
        _ = fake.Token.Otherwise(_ => throw new HttpRequestException(
            HttpRequestError.SecureConnectionError,
            "The SSL connection could not be established, see inner exception.",
            new AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot")));
        using var sut = CreateClient(fake);

        var call = sut.SearchAsync(new OffresSearchRequest(), Ct);
        var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => FakeClock.RunAsync(call, fake.Time, FakeClock.BackoffsOnly, Ct));

        Assert.Equal(ConnectionFailureCause.Tls, ex.Cause);
        Assert.Equal("entreprise.francetravail.fr", ex.Host);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.StartsWith("Cannot reach entreprise.francetravail.fr (the token endpoint): secure connection failed (TLS certificate or handshake).", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, fake.Token.Count);
    }

    [Fact]
    public async Task SearchAsync_TokenEndpointNeverAnswers_DefaultOptions_IsATimeoutOfTheTokenHostNotOfTheApi()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Token.OtherwiseAwaiting(StubHttpHandler.Hang);
        using var sut = CreateClient(fake);

        var call = sut.SearchAsync(new OffresSearchRequest(), Ct);
        var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => FakeClock.RunAsync(call, fake.Time, FakeClock.BackoffsAndAttemptTimeouts, Ct));

        Assert.Equal(ConnectionFailureCause.Timeout, ex.Cause);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Equal("entreprise.francetravail.fr", ex.Host);
        Assert.StartsWith("Cannot reach entreprise.francetravail.fr (the token endpoint): no answer", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, fake.Api.Count);
    }

    [Fact]
    public async Task SearchAsync_ApiNeverAnswers_DefaultOptions_IsATimeoutOfTheApiHost()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.OtherwiseAwaiting(StubHttpHandler.Hang);
        using var sut = CreateClient(fake);

        var call = sut.SearchAsync(new OffresSearchRequest(), Ct);
        var ex = await Assert.ThrowsAsync<OffresEmploiConnectionException>(() => FakeClock.RunAsync(call, fake.Time, FakeClock.BackoffsAndAttemptTimeouts, Ct));

        Assert.Equal(ConnectionFailureCause.Timeout, ex.Cause);
        Assert.Equal(OffresEmploiEndpoint.Api, ex.Endpoint);
        Assert.Equal("api.francetravail.io", ex.Host);
        Assert.Matches("^Cannot reach api.francetravail.io \\(the API\\): no answer within (30 s|2 min)\\.", ex.Message);
        Assert.Equal(1, fake.Token.Count);
    }

    [Fact]
    public async Task SearchAsync_CallerCancelsWhileTheTokenEndpointIsSilent_IsACancellation()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Token.OtherwiseAwaiting(StubHttpHandler.Hang);
        using var sut = CreateClient(fake);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var call = sut.SearchAsync(new OffresSearchRequest(), cts.Token);
        await fake.Token.WaitForRequestsAsync(1, Ct);
        await cts.CancelAsync();

        _ = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task SearchAsync_TokenEndpoint503_DefaultOptions_IsTheIdentityServicesOutageAfterThreeRetries()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Token.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable));
        using var sut = CreateClient(fake);

        var call = sut.SearchAsync(new OffresSearchRequest(), Ct);
        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => FakeClock.RunAsync(call, fake.Time, FakeClock.BackoffsOnly, Ct));

        Assert.IsNotType<OffresEmploiAuthenticationException>(ex);
        Assert.Equal(503, ex.Status);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Equal(4, fake.Token.Count);
        Assert.Equal(0, fake.Api.Count);
    }

    [Fact]
    public async Task SearchAsync_TokenEndpoint401InvalidClient_DefaultOptions_IsACredentialsRefusalWithoutRetry()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Token.Enqueue(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"Client authentication failed"}""");
        using var sut = CreateClient(fake);

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() => sut.SearchAsync(new OffresSearchRequest(), Ct));

        Assert.Equal(401, ex.Status);
        Assert.Equal("invalid_client", ex.Error);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.Equal(1, fake.Token.Count);
        Assert.Equal(0, fake.Api.Count);
    }

    private static async Task<bool> ResolvesAsync(string host)
    {
        try
        {
            return (await Dns.GetHostAddressesAsync(host, Ct)).Length > 0;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
