using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Mcp;

/// <summary>
/// Start-up work done in the background so that the first tool call answers as fast as the next ones: loading the place
/// list the tools resolve names and codes with, and, with real credentials, getting the access token (which also opens
/// the connection to the token endpoint).
/// </summary>
/// <remarks>
/// <para>
/// Measured on the Native AOT server against a loopback API (docs/benchmarks.md, "First call"): the place list was most
/// of a first <c>search_offers</c>; the token request is the rest, and against production it is a TLS handshake and a
/// round trip to another host.
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
    /// <summary>Starts the warm-up on the thread pool and returns at once.</summary>
    /// <returns>A task that completes when the warm-up is over; it never faults.</returns>
    public static Task Start(OffresEmploiClient client, bool isSandbox, Func<PlaceResolver> places, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(places);
        var token = isSandbox ? Task.CompletedTask : Task.Run(() => IgnoreFailureAsync(() => client.WarmUpAsync(cancellationToken)), CancellationToken.None);
        return Task.WhenAll(token, LoadOnOwnThread(places));
    }

    // A thread of its own, not the pool's: the pool starts with one thread per core, stdin's reader blocks one of them, and
    // a load holding another kept initialize waiting for it (measured: +100 ms to initialize on 2 cores).
    private static Task LoadOnOwnThread(Func<PlaceResolver> places)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                _ = places();
            }
#pragma warning disable CA1031 // The first place lookup loads the list again and reports the failure.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            done.SetResult();
        })
        {
            IsBackground = true,
            Name = "OffresEmploi place list",
        };
        thread.Start();
        return done.Task;
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
