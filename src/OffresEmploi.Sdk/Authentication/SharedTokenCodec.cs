using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OffresEmploi.Sdk.SharedState;

namespace OffresEmploi.Sdk.Authentication;

/// <summary>
/// Writes an access token for the shared store encrypted (AES-256-GCM), so that Redis, its backups and anyone who can
/// read it never see a token in clear, and reads it back.
/// </summary>
/// <remarks>
/// <para>
/// The key is derived (HKDF-SHA-256) from the client secret, which every replica of the client id holds and the store
/// never does; the store key is the associated data, so a value cannot be moved to another key. A value that does not
/// decrypt (another secret after a rotation, a damaged value) reads as missing: the caller requests its own token.
/// </para>
/// <para>Layout: version (1 byte), nonce (12), tag (16), ciphertext of the token as JSON.</para>
/// </remarks>
internal sealed class SharedTokenCodec : SharedCodec<CachedToken>
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;
    private static readonly byte[] Salt = "offres-emploi:token:v1"u8.ToArray();

    private readonly byte[] _key;
    private readonly byte[] _associatedData;
    private readonly TimeProvider _timeProvider;
    private readonly KnownSecrets _secrets;

    /// <summary>Initializes a new instance of the <see cref="SharedTokenCodec"/> class.</summary>
    /// <param name="storeKey">The store key the token lives under.</param>
    /// <param name="clientSecret">The client secret the encryption key is derived from.</param>
    /// <param name="timeProvider">The clock that says how long a token stays in the store.</param>
    /// <param name="secrets">Learns every token read back, so the SDK's redaction knows it.</param>
    public SharedTokenCodec(string storeKey, string clientSecret, TimeProvider timeProvider, KnownSecrets secrets)
    {
        _associatedData = Encoding.UTF8.GetBytes(storeKey);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(clientSecret), 32, Salt, _associatedData);
        _timeProvider = timeProvider;
        _secrets = secrets;
    }

    /// <summary>Gets whether this platform has AES-GCM; without it tokens are not shared.</summary>
    public static bool IsSupported => AesGcm.IsSupported;

    /// <inheritdoc />
    public override byte[] Write(CachedToken value, out TimeSpan timeToLive)
    {
        ArgumentNullException.ThrowIfNull(value);

        // Kept until it is due for refresh: the next process to miss it then fetches the new one for all.
        timeToLive = value.RefreshDue - _timeProvider.GetUtcNow();
        var plain = JsonSerializer.SerializeToUtf8Bytes(
            new StoredToken(value.Token.Value, value.Token.ExpiresOn, value.Token.Scope, value.RefreshMargin),
            AuthenticationJsonContext.Default.StoredToken);
        try
        {
            var sealedValue = new byte[HeaderSize + plain.Length];
            sealedValue[0] = Version;
            var nonce = sealedValue.AsSpan(1, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(_key, TagSize);
            aes.Encrypt(nonce, plain, sealedValue.AsSpan(HeaderSize), sealedValue.AsSpan(1 + NonceSize, TagSize), _associatedData);
            return sealedValue;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <inheritdoc />
    public override CachedToken? Read(ReadOnlySpan<byte> stored)
    {
        if (stored.Length <= HeaderSize || stored[0] != Version)
        {
            return null;
        }

        var plain = new byte[stored.Length - HeaderSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(stored.Slice(1, NonceSize), stored[HeaderSize..], stored.Slice(1 + NonceSize, TagSize), plain, _associatedData);
            var token = JsonSerializer.Deserialize(plain, AuthenticationJsonContext.Default.StoredToken);
            if (token?.AccessToken is not { Length: > 0 } accessToken)
            {
                return null;
            }

            _secrets.AddToken(accessToken);
            return new CachedToken(new AccessToken(accessToken, token.ExpiresOn, token.Scope), token.RefreshMargin) { Stored = stored.ToArray() };
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            // Encrypted with another secret, or not by this SDK.
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>What is encrypted.</summary>
    internal sealed record StoredToken(string AccessToken, DateTimeOffset ExpiresOn, string? Scope, TimeSpan RefreshMargin);
}
