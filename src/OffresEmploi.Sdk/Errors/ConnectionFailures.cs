using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using Polly.Timeout;

namespace OffresEmploi.Sdk;

/// <summary>Reads why a request got no response from the exceptions the network stack and the pipeline throw, and says it in plain words.</summary>
internal static class ConnectionFailures
{
    /// <summary>
    /// Returns whether <paramref name="exception"/> means that no response arrived: the network stack's failures
    /// (<see cref="HttpRequestException"/>, a bare <see cref="SocketException"/> from a reset while connecting, an
    /// <see cref="IOException"/> from a cut body) and the pipeline's attempt timeout. The one list the retry policy, the
    /// token request and the client's error mapping share.
    /// </summary>
    /// <remarks>A cancellation is not in the list: whether it is a timeout or the caller's wish depends on the caller's token.</remarks>
    public static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or SocketException or IOException or TimeoutRejectedException;

    /// <summary>Returns the cause of a transport failure, looking through its inner exceptions.</summary>
    /// <remarks>
    /// The most precise evidence wins: a timeout or a TLS failure anywhere in the chain, then the socket's own error
    /// code (refused, reset, unreachable...), then <see cref="HttpRequestException.HttpRequestError"/>, which alone
    /// cannot tell a refused connection from an unreachable network.
    /// </remarks>
    public static ConnectionFailureCause Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ConnectionFailureCause? fromSocket = null;
        ConnectionFailureCause? fromHttp = null;
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case TimeoutRejectedException or TimeoutException:
                    return ConnectionFailureCause.Timeout;
                case AuthenticationException:
                    return ConnectionFailureCause.Tls;
                case SocketException socket:
                    fromSocket ??= FromSocketError(socket.SocketErrorCode);
                    break;
                case HttpRequestException http:
                    fromHttp ??= FromHttpRequestError(http.HttpRequestError);
                    break;
            }
        }

        // HttpClient's own timeout (and a cancellation the caller did not ask for) arrives as a bare cancellation.
        return fromSocket ?? fromHttp ?? (exception is OperationCanceledException ? ConnectionFailureCause.Timeout : ConnectionFailureCause.Other);
    }

    /// <summary>Says <paramref name="cause"/> in plain words (with the timeout that was hit, when the chain tells it).</summary>
    public static string Describe(ConnectionFailureCause cause, Exception? innerException) => cause switch
    {
        ConnectionFailureCause.NameResolution => "host name not found (DNS)",
        ConnectionFailureCause.ConnectionRefused => "connection refused",
        ConnectionFailureCause.ConnectionReset => "connection reset",
        ConnectionFailureCause.NetworkUnreachable => "network unreachable",
        ConnectionFailureCause.Tls => "secure connection failed (TLS certificate or handshake)",
        ConnectionFailureCause.Timeout => FindTimeout(innerException) is { } timeout ? "no answer within " + FormatDuration(timeout) : "no answer in time",
        _ => "network error",
    };

    private static ConnectionFailureCause? FromSocketError(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => ConnectionFailureCause.ConnectionRefused,
        SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown or SocketError.Disconnecting or SocketError.NotConnected => ConnectionFailureCause.ConnectionReset,
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData or SocketError.NoRecovery => ConnectionFailureCause.NameResolution,
        SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown or SocketError.HostDown or SocketError.AddressNotAvailable => ConnectionFailureCause.NetworkUnreachable,
        SocketError.TimedOut => ConnectionFailureCause.Timeout,
        _ => null,
    };

    private static ConnectionFailureCause? FromHttpRequestError(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => ConnectionFailureCause.NameResolution,
        HttpRequestError.SecureConnectionError => ConnectionFailureCause.Tls,

        // The server closed the connection before the whole answer arrived.
        HttpRequestError.ResponseEnded => ConnectionFailureCause.ConnectionReset,
        _ => null,
    };

    private static TimeSpan? FindTimeout(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutRejectedException rejected)
            {
                return rejected.Timeout;
            }
        }

        return null;
    }

    /// <summary>A duration as a message says it: <c>10 min</c>, <c>30 s</c>, <c>1.5 s</c>, <c>300 ms</c>.</summary>
    public static string FormatDuration(TimeSpan timeout) => timeout switch
    {
        { TotalMinutes: >= 1 } when timeout.Seconds == 0 && timeout.Milliseconds == 0 => string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalMinutes:0.#} min"),
        { TotalSeconds: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalSeconds:0.###} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalMilliseconds:0} ms"),
    };
}
