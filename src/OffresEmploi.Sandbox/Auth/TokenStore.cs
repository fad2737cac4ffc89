using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OffresEmploi.Sandbox.Auth;

/// <summary>Issues opaque random access tokens and checks them against the sandbox clock.</summary>
internal sealed class TokenStore(TimeProvider timeProvider)
{
    private const int PurgeEvery = 256;
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private int _issued;

    public string Issue(string clientId, IReadOnlyList<string> scopes, TimeSpan lifetime)
    {
        // Tokens are random, not seeded: they are credentials, and a predictable one would let a
        // test pass without ever calling the token endpoint.
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        _tokens[token] = new IssuedToken(clientId, scopes, timeProvider.GetUtcNow() + lifetime);
        if (Interlocked.Increment(ref _issued) % PurgeEvery == 0)
        {
            PurgeExpired();
        }

        return token;
    }

    public bool TryValidate(string token, out IssuedToken issued)
    {
        if (_tokens.TryGetValue(token, out var found) && timeProvider.GetUtcNow() < found.ExpiresAt)
        {
            issued = found;
            return true;
        }

        issued = null!;
        return false;
    }

    public void Revoke(string token) => _tokens.TryRemove(token, out _);

    private void PurgeExpired()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var entry in _tokens)
        {
            if (entry.Value.ExpiresAt <= now)
            {
                _tokens.TryRemove(entry.Key, out _);
            }
        }
    }
}
