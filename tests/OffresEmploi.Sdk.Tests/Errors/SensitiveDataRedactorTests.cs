namespace OffresEmploi.Sdk.Tests.Errors;

public sealed class SensitiveDataRedactorTests
{
    [Theory]
    [InlineData("""{"access_token":"abc.def-123","expires_in":1499}""", """{"access_token":"***","expires_in":1499}""")]
    [InlineData("""{"refresh_token" : "r1"}""", """{"refresh_token" : "***"}""")]
    [InlineData("grant_type=client_credentials&client_id=app&client_secret=p%40ss&scope=x", "grant_type=client_credentials&client_id=app&client_secret=***&scope=x")]
    [InlineData("Authorization: Bearer eyJhbGciOi.payload.sig", "Authorization: Bearer ***")]
    [InlineData("no secret here", "no secret here")]
    public void Redact_CredentialShapes_AreMasked(string text, string expected) =>
        Assert.Equal(expected, SensitiveDataRedactor.Redact(text));

    [Fact]
    public void Redact_KnownValues_AreMaskedAnywhere()
    {
        var secrets = new KnownSecrets("my-client-secret");
        secrets.AddToken("token-value-1");

        var text = SensitiveDataRedactor.Redact("x my-client-secret y token-value-1 z", secrets);

        Assert.Equal("x *** y *** z", text);
    }

    [Fact]
    public void KnownSecrets_KeepsOnlyRecentTokens()
    {
        var secrets = new KnownSecrets(null);
        for (var i = 0; i < 10; i++)
        {
            secrets.AddToken($"token-number-{i}");
        }

        var snapshot = secrets.Snapshot();

        Assert.Equal(4, snapshot.Count);
        Assert.Contains("token-number-9", snapshot);
        Assert.DoesNotContain("token-number-0", snapshot);
    }

    [Fact]
    public void KnownSecrets_TooShortValues_AreNotMasked()
    {
        var secrets = new KnownSecrets("ab");

        Assert.Empty(secrets.Snapshot());
        Assert.Equal("abc", SensitiveDataRedactor.Redact("abc", secrets));
    }
}
