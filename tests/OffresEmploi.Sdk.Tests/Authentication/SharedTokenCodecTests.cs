using System.Text;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.Tests.TestSupport;

namespace OffresEmploi.Sdk.Tests.Authentication;

/// <summary>
/// The access token as the shared store holds it: encrypted with a key only holders of the client secret derive,
/// bound to its store key, read back whole, and kept in the store until it is due for refresh.
/// </summary>
public sealed class SharedTokenCodecTests
{
    private const string StoreKey = "offres-emploi:token:PAR_test@https://auth.test/token?realm=%2Fpartenaire#api_offresdemploiv2";

    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static CachedToken Token() =>
        new(new AccessToken(TestData.TokenValue(7), Now.AddSeconds(1499), "api_offresdemploiv2 o2dsoffre"), TimeSpan.FromSeconds(60));

    private static SharedTokenCodec Codec(string secret = TestData.ClientSecret, string key = StoreKey, KnownSecrets? secrets = null) =>
        new(key, secret, new FakeTimeProvider(Now), secrets ?? new KnownSecrets(TestData.ClientSecret));

    [Fact]
    public void A_written_token_reads_back_whole_and_stays_until_it_is_due_for_refresh()
    {
        var secrets = new KnownSecrets(TestData.ClientSecret);
        var stored = Codec().Write(Token(), out var timeToLive);

        var read = Codec(secrets: secrets).Read(stored);

        Assert.NotNull(read);
        Assert.Equal(TestData.TokenValue(7), read.Token.Value);
        Assert.Equal(Now.AddSeconds(1499), read.Token.ExpiresOn);
        Assert.Equal("api_offresdemploiv2 o2dsoffre", read.Token.Scope);
        Assert.Equal(TimeSpan.FromSeconds(60), read.RefreshMargin);
        Assert.Equal(stored, read.Stored.ToArray());
        Assert.Equal(TimeSpan.FromSeconds(1499 - 60), timeToLive);

        // The reader's redaction learns the token it was handed.
        Assert.DoesNotContain(TestData.TokenValue(7), SensitiveDataRedactor.Redact("Bearer " + TestData.TokenValue(7), secrets), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stored_bytes_hold_neither_the_token_nor_the_secret_in_any_usual_encoding()
    {
        var stored = Codec().Write(Token(), out _);

        var texts = new[] { Encoding.UTF8.GetString(stored), Encoding.Latin1.GetString(stored), Convert.ToBase64String(stored), Convert.ToHexString(stored) };
        foreach (var text in texts)
        {
            Assert.DoesNotContain(TestData.TokenValue(7), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(TestData.ClientSecret, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToHexString(Encoding.UTF8.GetBytes(TestData.TokenValue(7))), text, StringComparison.OrdinalIgnoreCase);
        }

        // Two writes of one token differ (a fresh nonce each time).
        Assert.NotEqual(stored, Codec().Write(Token(), out _));
    }

    [Fact]
    public void Another_secret_another_key_or_a_changed_byte_reads_as_missing()
    {
        var stored = Codec().Write(Token(), out _);

        Assert.Null(Codec(secret: "rotated-" + TestData.ClientSecret).Read(stored));
        Assert.Null(Codec(key: StoreKey + "-other").Read(stored));
        foreach (var at in new[] { 0, 5, 20, stored.Length - 1 })
        {
            var changed = (byte[])stored.Clone();
            changed[at] ^= 0x01;
            Assert.Null(Codec().Read(changed));
        }

        Assert.Null(Codec().Read([]));
        Assert.Null(Codec().Read(Encoding.UTF8.GetBytes(TestData.TokenJson(1))));
    }

    [Fact]
    public void A_token_already_due_gets_no_time_in_the_store()
    {
        var due = new CachedToken(new AccessToken(TestData.TokenValue(1), Now.AddSeconds(30)), TimeSpan.FromSeconds(60));

        _ = Codec().Write(due, out var timeToLive);

        Assert.True(timeToLive <= TimeSpan.Zero);
    }
}
