using OffresEmploi.Sdk;

namespace OffresEmploi.Mcp;

/// <summary>
/// Start-up work done in the background so that the first tool call answers as fast as the next ones: with real
/// credentials, getting the access token (which also opens the connection to the token endpoint), and once the start
/// is over, loading the place list.
/// </summary>
/// <remarks>
/// <para>
/// Measured on the Native AOT server against a loopback API (docs/benchmarks.md, "First call"): the token request is
/// a few milliseconds of a first <c>search_offers</c> there, and against production a TLS handshake and a round trip to
/// another host. The place list loads in about 3 ms on first use (the SDK's prebuilt place index); loaded beside the
/// start it made <c>initialize</c> later on 2 cores, and beside a first call it made that call later. So it waits
/// until the start is over, and a call that names a place before then loads it itself.
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
    /// <summary>
    /// When to load the place list: after <c>initialize</c> was answered (about 40 ms after start on the 2-core machine
    /// of the benchmarks, 80 ms at worst under load) and long before a model's first tool call (seconds).
    /// </summary>
    public static readonly TimeSpan PlaceListDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Loads the place list after <paramref name="delay"/>, on the thread pool, and returns at once.</summary>
    /// <returns>A task that completes when the list is loaded, failed to load, or the wait was cancelled; it never faults.</returns>
    /// <remarks>A call that needs the list first loads it itself; this then finds it loaded.</remarks>
    public static Task StartPlaceList(Func<PlaceResolver> places, TimeSpan delay, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return IgnoreFailureAsync(async () =>
        {
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            _ = places();
        });
    }

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
#pragma warning disable CA1031 // Whatever failed here (or was cancelled) fails again, and is reported, in the first call that needs it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
