using System.Diagnostics.CodeAnalysis;
using System.Net.Sockets;

namespace OffresEmploi.Sandbox.Hosting;

/// <summary>
/// Recognizes, among the exceptions of a server start, a server that could not listen (port in use, no permission),
/// so the sandbox and the MCP server say it in one line instead of dying with a stack trace.
/// </summary>
public static class ListenFailure
{
    /// <summary>The exit code of a server that could not listen.</summary>
    public const int ExitCode = 1;

    /// <summary>The reason given when the address is not one of this machine's: another address is the fix, not another port.</summary>
    public const string NoSuchAddress = "this machine has no such address";

    /// <summary>Says why the server could not listen, when that is what <paramref name="exception"/> means.</summary>
    /// <param name="exception">What starting the server threw. Kestrel wraps the socket error: an
    /// <see cref="IOException"/> "Failed to bind to address ..." around an <c>AddressInUseException</c> around a
    /// <see cref="SocketException"/>; other socket errors come through bare.</param>
    /// <param name="reason">"the port is already in use", or the permission or address problem, in words.</param>
    /// <returns>Whether <paramref name="exception"/> is a listening failure.</returns>
    public static bool TryDescribe(Exception exception, [NotNullWhen(true)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                reason = socket.SocketErrorCode switch
                {
                    SocketError.AddressAlreadyInUse => "the port is already in use",
                    SocketError.AccessDenied => "permission denied (ports below 1024 need administrator rights)",
                    SocketError.AddressNotAvailable => NoSuchAddress,
                    _ => null,
                };
                return reason is not null;
            }
        }

        reason = null;
        return false;
    }

    /// <summary>Gets every message of the exception chain, to find which of several addresses failed.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The messages, outermost first.</returns>
    public static IEnumerable<string> Messages(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e.Message;
        }
    }
}
