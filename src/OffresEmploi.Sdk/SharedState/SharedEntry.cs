namespace OffresEmploi.Sdk.SharedState;

/// <summary>Where a value lives in an <see cref="ISharedStore"/> and how it is written there.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Key">The store key.</param>
/// <param name="Codec">Writes and reads the value.</param>
internal sealed record SharedEntry<T>(string Key, SharedCodec<T> Codec)
    where T : class;
