using System.Runtime;
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
    // What building the place list allocates (19 MB measured), with room for the start-up running beside it.
    private const long PlaceListAllocationBudget = 48L << 20;

    /// <summary>Starts loading the place list on a thread of its own and returns at once.</summary>
    /// <returns>A task that completes when the list is loaded (or failed to load); it never faults.</returns>
    /// <remarks>
    /// Not on the thread pool: the pool starts with one thread per core, stdin's reader blocks one of them, and a load
    /// holding another kept <c>initialize</c> waiting for it (measured: +100 ms to <c>initialize</c> on 2 cores).
    /// </remarks>
    public static Task StartPlaceList(Func<PlaceResolver> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            var noCollection = TryStartNoCollection();
            try
            {
                _ = places();
            }
#pragma warning disable CA1031 // The first place lookup loads the list again and reports the failure.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
            finally
            {
                if (noCollection && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                {
                    GC.EndNoGCRegion();
                }
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

    /// <summary>Starts getting the access token on the thread pool (not for the in-process sandbox) and returns at once.</summary>
    /// <returns>A task that completes when the token request is over; it never faults.</returns>
    public static Task StartToken(OffresEmploiClient client, bool isSandbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return isSandbox ? Task.CompletedTask : Task.Run(() => IgnoreFailureAsync(() => client.WarmUpAsync(cancellationToken)), CancellationToken.None);
    }

    // The list (about 20 MB allocated, most of it kept for the life of the process) is built while the host starts:
    // collections during the build would copy it from generation to generation and pause initialize each time
    // (measured: the first search_offers right after initialize went from 83 to 48 ms, median).
    private static bool TryStartNoCollection()
    {
        try
        {
            return GC.TryStartNoGCRegion(PlaceListAllocationBudget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return false;
        }
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
