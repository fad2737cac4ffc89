namespace OffresEmploi.Testing.Faults;

/// <summary>The system clock under an identity of its own.</summary>
/// <remarks>
/// The SDK shares one rate limiter per client id, API host and <see cref="TimeProvider"/> instance. Runs of the
/// matrix that execute at the same time (parallel test classes) would otherwise share a limiter, and a 429 in one
/// run would hold back the others.
/// </remarks>
internal sealed class IsolatedClock : TimeProvider;
