namespace OffresEmploi.Testing.Faults;

/// <summary>
/// The system clock run faster by a fixed factor: every delay, timeout, pacing interval, token lifetime and
/// <c>Retry-After</c> of the client and the sandbox lasts <c>1 / factor</c> of its nominal time, and both read the same
/// accelerated time.
/// </summary>
/// <remarks>
/// <para>
/// Why: the default options wait seconds between retries and up to minutes between the attempts of a failed harvest
/// page. Running them on this clock keeps every default value as users get it while a run takes seconds of wall time.
/// The order of events is the real one; only waiting is shorter. Work that takes CPU time takes <c>factor</c> times
/// longer in this clock's terms, which makes timeouts more likely, never less: the conditions are harsher than real.
/// </para>
/// <para>Each instance also has its own identity, so the SDK's per-clock rate limiters are not shared between runs.</para>
/// </remarks>
internal sealed class CompressedClock : TimeProvider
{
    private readonly double _factor;
    private readonly long _origin;
    private readonly DateTimeOffset _start;

    /// <summary>Initializes a new instance of the <see cref="CompressedClock"/> class.</summary>
    /// <param name="factor">How many times faster than real time; at least 1.</param>
    public CompressedClock(double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        _factor = factor;
        _origin = System.GetTimestamp();
        _start = System.GetUtcNow();
    }

    /// <summary>Gets the acceleration factor.</summary>
    public double Factor => _factor;

    /// <inheritdoc/>
    public override long TimestampFrequency => System.TimestampFrequency;

    /// <summary>Gets the time elapsed on this clock since it was created.</summary>
    public TimeSpan Elapsed => GetElapsedTime(_origin);

    /// <inheritdoc/>
    public override long GetTimestamp() => _origin + (long)((System.GetTimestamp() - _origin) * _factor);

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => _start + GetElapsedTime(_origin);

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new CompressedTimer(System.CreateTimer(callback, state, Shrink(dueTime), Shrink(period)), this);

    private TimeSpan Shrink(TimeSpan value) =>
        value == Timeout.InfiniteTimeSpan || value <= TimeSpan.Zero ? value : TimeSpan.FromTicks(Math.Max(1, (long)(value.Ticks / _factor)));

    private sealed class CompressedTimer(ITimer inner, CompressedClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Shrink(dueTime), clock.Shrink(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
