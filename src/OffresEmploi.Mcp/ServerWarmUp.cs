using OffresEmploi.Sdk;

namespace OffresEmploi.Mcp;

/// <summary>
/// Start-up work done in the background so that the first tool call answers as fast as the next ones: with real
/// credentials, getting the access token (which also opens the connection to the token endpoint).
/// </summary>
/// <remarks>
/// <para>
/// Measured on the Native AOT server against a loopback API (docs/benchmarks.md, "First call"): the token request is
/// a few milliseconds of a first <c>search_offers</c> there, and against production a TLS handshake and a round trip to
/// another host. The place list needs no head start: it loads in about 2 ms on first use (the SDK's prebuilt place
/// index), and loading it beside the start made <c>initialize</c> later on 2 cores, or the first call when it ran
/// beside that call.
/// </para>
/// <para>
/// Nothing here delays <c>initialize</c> or can fail the start. A failed token request is dropped without a log line:
/// a call that starts while it runs shares its outcome, and a later call requests a token itself and reports the real
/// error (<see cref="OffresEmploiClient.WarmUpAsync"/>). The in-process sandbox gets no token prefetch: its first
/// request generates the simulated corpus, hundreds of milliseconds of work that only a tool call should pay.
/// </para>
/// </remarks>
internal static class ServerWarmUp
{
    /// <summary>Starts getting the access token on the thread pool (not for the in-process sandbox) and returns at once.</summary>
    /// <returns>A task that completes when the token request is over; it never faults.</returns>
    public static Task StartToken(OffresEmploiClient client, bool isSandbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return isSandbox ? Task.CompletedTask : Task.Run(() => IgnoreFailureAsync(() => client.WarmUpAsync(cancellationToken)), CancellationToken.None);
    }

    private static async Task IgnoreFailureAsync(Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever failed here fails again, and is reported, in the first call that needs it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
