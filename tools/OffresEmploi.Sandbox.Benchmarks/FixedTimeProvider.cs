namespace OffresEmploi.Sandbox.Benchmarks;

/// <summary>A clock stopped at the corpus' "today", so that date-based searches select the same offers on every run.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
