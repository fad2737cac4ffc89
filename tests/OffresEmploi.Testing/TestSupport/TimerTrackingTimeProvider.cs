using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace OffresEmploi.Testing.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer created (delays, timeouts), so a test can advance
/// the clock exactly when the code under test is waiting, instead of sleeping or guessing.
/// </summary>
public sealed class TimerTrackingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();
    private readonly Channel<bool> _created = Channel.CreateUnbounded<bool>();

    public TimerTrackingTimeProvider()
        : base(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public IReadOnlyList<TimeSpan> DueTimes => [.. _dueTimes];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Record(dueTime);
        return new TrackingTimer(timer, this);
    }

    // Timers armed later (CancellationTokenSource.CancelAfter) are created unarmed, then changed.
    private void Record(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        _dueTimes.Enqueue(dueTime);
        _ = _created.Writer.TryWrite(true);
    }

    private sealed class TrackingTimer(ITimer inner, TimerTrackingTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            owner.Record(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    /// <summary>Waits until a timer (created or re-armed) whose due time matches <paramref name="predicate"/> has been created (each timer is matched once), and returns its due time.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> predicate, CancellationToken cancellationToken)
    {
        while (true)
        {
            var all = DueTimes;
            while (_scanned < all.Count)
            {
                var dueTime = all[_scanned++];
                if (predicate(dueTime))
                {
                    return dueTime;
                }
            }

            _ = await _created.Reader.ReadAsync(cancellationToken);
        }
    }

    private int _scanned;
}
