using System.Net;
using System.Net.Sockets;

namespace OffresEmploi.Testing.TestSupport;

/// <summary>Real sockets on 127.0.0.1 for transport failures: a port nobody listens on, and a server that resets every connection.</summary>
internal static class LoopbackServers
{
    /// <summary>Binds a free loopback port and closes it again, so a connection to it is refused by the OS.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Accepts every connection, reads the start of the request, then aborts the connection with a TCP reset (linger 0) instead of answering.</summary>
    /// <returns>The listener (stop it to end the server) and its port.</returns>
    public static (TcpListener Listener, int Port) StartResetting(CancellationToken cancellationToken)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _ = Task.Run(
            async () =>
            {
                try
                {
                    while (!cancellationToken.IsCancellationRequested)
                    {
                        using var socket = await listener.AcceptSocketAsync(cancellationToken);

                        // Reading first makes the reset hit a client waiting for its answer (as a proxy or a crashing
                        // server would), not one still connecting.
                        _ = await socket.ReceiveAsync(new byte[4096], SocketFlags.None, cancellationToken);
                        socket.LingerState = new LingerOption(true, 0);
                        socket.Close();
                    }
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    // Stopped by the test.
                }
            },
            CancellationToken.None);
        return (listener, ((IPEndPoint)listener.LocalEndpoint).Port);
    }
}
