using System.Net.Sockets;
using System.Security.Authentication;
using Polly.Timeout;

namespace OffresEmploi.Sdk.Tests.Errors;

public sealed class ConnectionFailuresTests
{
    // What SocketsHttpHandler and the pipeline throw for each failure (shapes read from .NET 10's System.Net.Http).
    public static TheoryData<string, Exception, ConnectionFailureCause, string> Failures() => new()
    {
        {
            "DNS", new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (nowhere.invalid:443)", new SocketException((int)SocketError.HostNotFound)),
            ConnectionFailureCause.NameResolution, "host name not found (DNS)"
        },
        {
            "no DNS server", new HttpRequestException(HttpRequestError.NameResolutionError, "Resource temporarily unavailable", new SocketException((int)SocketError.TryAgain)),
            ConnectionFailureCause.NameResolution, "host name not found (DNS)"
        },
        {
            "refused", new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused)),
            ConnectionFailureCause.ConnectionRefused, "connection refused"
        },
        {
            "reset", new HttpRequestException(HttpRequestError.Unknown, "An error occurred while sending the request.", new IOException("Unable to read data from the transport connection", new SocketException((int)SocketError.ConnectionReset))),
            ConnectionFailureCause.ConnectionReset, "connection reset"
        },
        {
            "ended", new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."),
            ConnectionFailureCause.ConnectionReset, "connection reset"
        },
        {
            "unreachable", new HttpRequestException(HttpRequestError.ConnectionError, "Network is unreachable", new SocketException((int)SocketError.NetworkUnreachable)),
            ConnectionFailureCause.NetworkUnreachable, "network unreachable"
        },
        {
            "TLS", new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception.", new AuthenticationException("The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch")),
            ConnectionFailureCause.Tls, "secure connection failed (TLS certificate or handshake)"
        },
        {
            "attempt timeout", new TimeoutRejectedException("The operation didn't complete within the allowed timeout of '00:00:30'.", TimeSpan.FromSeconds(30)),
            ConnectionFailureCause.Timeout, "no answer within 30 s"
        },
        {
            "total timeout", new TimeoutRejectedException("The operation didn't complete within the allowed timeout of '00:02:00'.", TimeSpan.FromMinutes(2)),
            ConnectionFailureCause.Timeout, "no answer within 2 min"
        },
        {
            "HttpClient.Timeout", new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException("The operation was canceled.")),
            ConnectionFailureCause.Timeout, "no answer in time"
        },
        {
            "proxy", new HttpRequestException(HttpRequestError.ProxyTunnelError, "The proxy tunnel request to proxy 'http://proxy:3128/' failed with status code '407'."),
            ConnectionFailureCause.Other, "network error"
        },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Classify_TransportFailure_ReadsTheCause(string label, Exception failure, ConnectionFailureCause expected, string words)
    {
        var cause = ConnectionFailures.Classify(failure);

        Assert.True(expected == cause, $"{label}: {cause}");
        Assert.Equal(words, ConnectionFailures.Describe(cause, failure));
    }

    [Fact]
    public void CauseDescription_IsReadFromTheExceptionItself()
    {
        var ex = new OffresEmploiConnectionException("Cannot reach api.francetravail.io.", new TimeoutRejectedException("late", TimeSpan.FromMilliseconds(1500)))
        {
            Cause = ConnectionFailureCause.Timeout,
        };

        Assert.Equal("no answer within 1.5 s", ex.CauseDescription);
        Assert.Equal(0, ex.Status);
    }
}
