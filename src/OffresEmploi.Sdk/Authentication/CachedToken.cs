namespace OffresEmploi.Sdk.Authentication;

/// <summary>An access token and how long before its expiry it should be replaced.</summary>
/// <param name="Token">The token.</param>
/// <param name="RefreshMargin">How long before <see cref="AccessToken.ExpiresOn"/> it counts as expiring.</param>
internal sealed record CachedToken(AccessToken Token, TimeSpan RefreshMargin)
{
    /// <summary>Gets the bytes the shared store holds for this token (empty when it was not shared), so a 401 can remove exactly this one.</summary>
    public ReadOnlyMemory<byte> Stored { get; init; }

    /// <summary>Returns whether the token is still to be used at <paramref name="now"/>.</summary>
    public bool IsFreshAt(DateTimeOffset now) => !Token.IsExpiring(now, RefreshMargin);

    /// <summary>Gets when the token is due to be replaced.</summary>
    public DateTimeOffset RefreshDue => Token.ExpiresOn - RefreshMargin;
}
