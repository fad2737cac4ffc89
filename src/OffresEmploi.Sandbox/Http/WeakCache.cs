namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// Values built once per key and shared while someone uses them. Entries are weak, so a value nobody
/// uses any more can be collected; dead entries are dropped whenever a new value is built.
/// </summary>
/// <typeparam name="TKey">The key: equal keys share one value.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
internal sealed class WeakCache<TKey, TValue>(Func<TKey, TValue> build)
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, WeakReference<TValue>> _entries = [];
    private readonly Lock _lock = new();

    public TValue Get(TKey key)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var weak) && weak.TryGetTarget(out var cached))
            {
                return cached;
            }

            // Built under the lock on purpose: concurrent first calls for the same key wait for one build
            // instead of running several.
            var value = build(key);
            foreach (var dead in _entries.Where(e => !e.Value.TryGetTarget(out _)).Select(e => e.Key).ToList())
            {
                _entries.Remove(dead);
            }

            _entries[key] = new WeakReference<TValue>(value);
            return value;
        }
    }
}
