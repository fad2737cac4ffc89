namespace OffresEmploi.Sdk;

public partial class OffresEmploiClient
{
    /// <summary>
    /// Keeps each referentiel in memory for the configured lifetime; concurrent callers of a missing or expired
    /// entry share one fetch, and a failed fetch is not cached.
    /// </summary>
    internal sealed class ReferentielCache(TimeProvider timeProvider)
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

        /// <summary>Returns the cached value of <paramref name="key"/>, or fetches it.</summary>
        /// <param name="key">The referentiel name.</param>
        /// <param name="lifetime">How long a fetched value is kept; zero disables caching.</param>
        /// <param name="fetch">Fetches the value; runs without the caller's token so one caller's cancellation does not fail the others.</param>
        /// <param name="cancellationToken">Stops this caller's wait.</param>
        public async Task<T> GetOrFetchAsync<T>(string key, TimeSpan lifetime, Func<CancellationToken, Task<T>> fetch, CancellationToken cancellationToken)
            where T : class
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
                    entry = new Entry(FetchAsync(key, fetch), DateTimeOffset.MaxValue);
                    _entries[key] = entry;
                }

                task = entry.Task;
            }

            return (T)await task.WaitAsync(cancellationToken).ConfigureAwait(false);

            async Task<object> FetchAsync(string name, Func<CancellationToken, Task<T>> load)
            {
                // Yield so the entry is stored before the fetch can complete and stamp its expiry.
                await Task.Yield();
                try
                {
                    var value = await load(CancellationToken.None).ConfigureAwait(false);
                    lock (_lock)
                    {
                        if (_entries.TryGetValue(name, out var current) && current.ExpiresOn == DateTimeOffset.MaxValue)
                        {
                            // The lifetime starts when the data arrives, not when it was asked for.
                            _entries[name] = current with { ExpiresOn = timeProvider.GetUtcNow() + lifetime };
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
        }

        private sealed record Entry(Task<object> Task, DateTimeOffset ExpiresOn);
    }
}
