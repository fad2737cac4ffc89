using System.Text.Json.Serialization.Metadata;
using OffresEmploi.Sdk.SharedState;

namespace OffresEmploi.Sdk;

public partial class OffresEmploiClient
{
    /// <summary>
    /// Keeps each referentiel in memory for the configured lifetime; concurrent callers of a missing or expired
    /// entry share one fetch, and a failed fetch is not cached.
    /// </summary>
    /// <remarks>
    /// With a shared store (<see cref="OffresEmploiOptions.RedisConfiguration"/>) a missing entry is read from it first,
    /// and fetched by one process for all: memory, then Redis, then the API. An entry read from the store is kept in
    /// memory only for what is left of the lifetime the fetching process gave it.
    /// </remarks>
    /// <param name="timeProvider">The clock of the lifetimes.</param>
    /// <param name="sharedStore">The store shared with other processes, or null.</param>
    /// <param name="sharedKeyPrefix">What the store key of a referentiel starts with (the name follows).</param>
    internal sealed class ReferentielCache(TimeProvider timeProvider, ISharedStore? sharedStore = null, string sharedKeyPrefix = "")
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

        /// <summary>Returns the cached value of <paramref name="key"/>, or fetches it.</summary>
        /// <param name="key">The referentiel name.</param>
        /// <param name="lifetime">How long a fetched value is kept; zero disables caching.</param>
        /// <param name="fetch">Fetches the value; runs without the caller's token so one caller's cancellation does not fail the others.</param>
        /// <param name="sharedAs">The value's JSON metadata, for the shared store (the key and codec are made on a miss only).</param>
        /// <param name="cancellationToken">Stops this caller's wait.</param>
        public async Task<object> GetOrFetchAsync(string key, TimeSpan lifetime, Func<CancellationToken, Task<object>> fetch, JsonTypeInfo sharedAs, CancellationToken cancellationToken)
        {
            if (lifetime <= TimeSpan.Zero)
            {
                return await fetch(cancellationToken).ConfigureAwait(false);
            }

            Task<object> task;
            lock (_lock)
            {
                var now = timeProvider.GetUtcNow();
                if (!_entries.TryGetValue(key, out var entry) || entry.ExpiresOn <= now || entry.Task.IsFaulted || entry.Task.IsCanceled)
                {
                    entry = new Entry(FetchAsync(key), DateTimeOffset.MaxValue);
                    _entries[key] = entry;
                }

                task = entry.Task;
            }

            return await task.WaitAsync(cancellationToken).ConfigureAwait(false);

            async Task<object> FetchAsync(string name)
            {
                // Yield so the entry is stored before the fetch can complete and stamp its expiry.
                await Task.Yield();
                try
                {
                    var (value, keptFor) = sharedStore is not null
                        ? await FetchSharedAsync(sharedStore, name).ConfigureAwait(false)
                        : (await fetch(CancellationToken.None).ConfigureAwait(false), lifetime);
                    lock (_lock)
                    {
                        if (_entries.TryGetValue(name, out var current) && current.ExpiresOn == DateTimeOffset.MaxValue)
                        {
                            // The lifetime starts when the data arrives, not when it was asked for.
                            _entries[name] = current with { ExpiresOn = timeProvider.GetUtcNow() + keptFor };
                        }
                    }

                    return value;
                }
                catch
                {
                    lock (_lock)
                    {
                        _ = _entries.Remove(name);
                    }

                    throw;
                }
            }

            async Task<(object Value, TimeSpan KeptFor)> FetchSharedAsync(ISharedStore store, string name)
            {
                var found = await store.GetOrCreateAsync(sharedKeyPrefix + name, new JsonCodec(sharedAs, lifetime), fetch, CancellationToken.None).ConfigureAwait(false);
                return (found.Value, found.TimeToLive < lifetime ? found.TimeToLive : lifetime);
            }
        }

        private sealed record Entry(Task<object> Task, DateTimeOffset ExpiresOn);
    }
}
