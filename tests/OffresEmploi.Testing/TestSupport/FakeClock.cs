using OffresEmploi.Sdk;

namespace OffresEmploi.Testing.TestSupport;

/// <summary>
/// Runs a call whose waits (retry backoffs, pacing, timeouts) are timers of a <see cref="TimerTrackingTimeProvider"/>:
/// each time the call arms a timer the test lets pass, the clock jumps by exactly its due time. Nothing sleeps, so a
/// call made with the default options (3 retries from 1 s, 30 s attempts) ends as fast as its I/O does.
/// </summary>
internal static class FakeClock
{
    /// <summary>Retry delays and pacing waits only: with the default options they stay under the 30 s attempt timeout, which is never advanced.</summary>
    public static readonly Func<TimeSpan, bool> BackoffsOnly = due => due > TimeSpan.Zero && due < new OffresEmploiOptions().AttemptTimeout;

    /// <summary>Backoffs and attempt timeouts too (for a peer that never answers), but not the 2 min total timeout.</summary>
    public static readonly Func<TimeSpan, bool> BackoffsAndAttemptTimeouts = due => due > TimeSpan.Zero && due <= new OffresEmploiOptions().AttemptTimeout;

    /// <summary>Advances <paramref name="time"/> by each timer matching <paramref name="advance"/> until <paramref name="call"/> ends, and returns its result.</summary>
    public static async Task<T> RunAsync<T>(Task<T> call, TimerTrackingTimeProvider time, Func<TimeSpan, bool> advance, CancellationToken cancellationToken)
    {
        await DriveAsync(call, time, advance, cancellationToken);
        return await call;
    }

    /// <summary>Advances <paramref name="time"/> by each timer matching <paramref name="advance"/> until <paramref name="call"/> ends.</summary>
    public static async Task RunAsync(Task call, TimerTrackingTimeProvider time, Func<TimeSpan, bool> advance, CancellationToken cancellationToken)
    {
        await DriveAsync(call, time, advance, cancellationToken);
        await call;
    }

    private static async Task DriveAsync(Task call, TimerTrackingTimeProvider time, Func<TimeSpan, bool> advance, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        while (!call.IsCompleted)
        {
            var timer = time.WaitForTimerAsync(advance, stop.Token);
            if (await Task.WhenAny(call, timer) == call)
            {
                break;
            }

            time.Advance(await timer);
        }

        // The last wait for a timer is abandoned: end it so it does not outlive the test.
        await stop.CancelAsync();
    }
}
