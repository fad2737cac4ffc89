namespace OffresEmploi.Sdk;

/// <summary>
/// The secret values one client holds (its client secret, the password of its Redis configuration and the access
/// tokens it was given), so that <see cref="SensitiveDataRedactor"/> can mask them wherever they are echoed.
/// </summary>
/// <remarks>Only the most recent tokens are kept: older ones have expired and the set must not grow forever.</remarks>
internal sealed class KnownSecrets
{
    private const int MaxTokens = 4;

    // Values shorter than this are not masked: replacing "a" everywhere would destroy the text and protect nothing.
    private const int MinLength = 4;

    private readonly Lock _lock = new();
    private readonly Queue<string> _tokens = new();
    private readonly string[] _settings;

    /// <summary>Initializes a new instance of the <see cref="KnownSecrets"/> class.</summary>
    /// <param name="clientSecret">The client secret.</param>
    /// <param name="otherSecrets">Other secret settings (the password in the Redis configuration string).</param>
    public KnownSecrets(string? clientSecret, IEnumerable<string>? otherSecrets = null)
    {
        _settings = [.. new[] { clientSecret }.Concat(otherSecrets ?? []).OfType<string>().Where(static s => s.Length >= MinLength)];
    }

    /// <summary>The secrets of <paramref name="options"/>: its client secret and the password of its Redis configuration.</summary>
    public static KnownSecrets For(OffresEmploiOptions options) =>
        new(options.ClientSecret, Redis.RedisConfigurationText.Secrets(options.RedisConfiguration));

    /// <summary>Remembers a token value received from the token endpoint.</summary>
    public void AddToken(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length < MinLength)
        {
            return;
        }

        lock (_lock)
        {
            _tokens.Enqueue(token);
            while (_tokens.Count > MaxTokens)
            {
                _ = _tokens.Dequeue();
            }
        }
    }

    /// <summary>Returns the values to mask, longest first so that no secret is half-masked by a shorter one.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        var list = new List<string>(MaxTokens + _settings.Length);
        list.AddRange(_settings);

        lock (_lock)
        {
            list.AddRange(_tokens);
        }

        list.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        return list;
    }
}
