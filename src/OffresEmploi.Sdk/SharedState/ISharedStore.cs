namespace OffresEmploi.Sdk.SharedState;

/// <summary>
/// Values that every process on one store computes once: the access token of a client id and the referentiels of an
/// API host, when <see cref="OffresEmploiOptions.RedisConfiguration"/> is set (<see cref="Redis.RedisSharedStore"/>).
/// </summary>
/// <remarks>
/// Its members hold no Redis type, so callers compile and run without the Redis assembly being loaded. A store that
/// cannot be reached never fails the caller: the value is then created by this process alone and not shared.
/// </remarks>
internal interface ISharedStore
{
    /// <summary>
    /// Returns the value stored under <paramref name="key"/>, or creates it: when several processes miss it at once,
    /// one creates it and the others wait for it (single flight across processes).
    /// </summary>
    /// <param name="key">The store key (never a secret: keys are visible to anyone who can read the store).</param>
    /// <param name="codec">Writes the value for the store, with how long it stays there, and reads it back.</param>
    /// <param name="create">Creates the value when no process has; its exceptions reach the caller and nothing is stored.</param>
    /// <param name="cancellationToken">Stops this caller's wait and is passed to <paramref name="create"/>.</param>
    /// <returns>The value, and how long it stays valid from now.</returns>
    Task<SharedValue<T>> GetOrCreateAsync<T>(string key, SharedCodec<T> codec, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
        where T : class;

    /// <summary>Removes <paramref name="key"/> if it still holds <paramref name="stored"/> (the bytes <see cref="SharedCodec{T}.Write"/> gave), without waiting.</summary>
    /// <param name="key">The store key.</param>
    /// <param name="stored">The stored bytes this process saw; another value (already replaced) is left alone.</param>
    void RemoveIfUnchanged(string key, ReadOnlyMemory<byte> stored);
}

/// <summary>A value from an <see cref="ISharedStore"/>.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="TimeToLive">How long it stays valid from when it was read or created.</param>
/// <param name="Stored">The bytes the store holds for it (empty when it was created locally and not stored).</param>
internal readonly record struct SharedValue<T>(T Value, TimeSpan TimeToLive, ReadOnlyMemory<byte> Stored);

/// <summary>How an <see cref="ISharedStore"/> writes and reads one kind of value.</summary>
/// <typeparam name="T">The value's type.</typeparam>
internal abstract class SharedCodec<T>
    where T : class
{
    /// <summary>Writes <paramref name="value"/> for the store.</summary>
    /// <param name="value">The value just created.</param>
    /// <param name="timeToLive">How long the store keeps it; zero or less keeps it out of the store.</param>
    /// <returns>The bytes to store.</returns>
    public abstract byte[] Write(T value, out TimeSpan timeToLive);

    /// <summary>Reads a value back, or returns null when the bytes cannot be read (another version, another key): the caller then creates its own.</summary>
    /// <param name="stored">The stored bytes.</param>
    /// <returns>The value, or null.</returns>
    public abstract T? Read(ReadOnlySpan<byte> stored);
}
