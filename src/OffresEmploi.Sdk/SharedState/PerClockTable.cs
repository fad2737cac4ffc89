using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace OffresEmploi.Sdk.SharedState;

/// <summary>
/// A process-wide table of shared objects (rate limiters, stores) by key and <see cref="TimeProvider"/>: a test's fake
/// clock never shares an object with the system clock, and a clock's entries go away with it.
/// </summary>
/// <typeparam name="T">The objects kept.</typeparam>
internal sealed class PerClockTable<T>
    where T : class
{
    private readonly ConditionalWeakTable<TimeProvider, ConcurrentDictionary<string, T>> _tables = [];

    /// <summary>Returns the object of <paramref name="key"/> for <paramref name="clock"/>, creating it on first use.</summary>
    public T GetOrAdd<TState>(TimeProvider clock, string key, Func<string, TState, T> create, TState state) =>
        _tables.GetValue(clock, static _ => new ConcurrentDictionary<string, T>(StringComparer.Ordinal)).GetOrAdd(key, create, state);
}
