using System.Globalization;

namespace OffresEmploi.Sdk.Authentication;

/// <summary>An OAuth 2.0 access token and the moment it stops being valid.</summary>
/// <remarks><see cref="ToString"/> never prints <see cref="Value"/>, so a token can be logged or shown in a debugger safely.</remarks>
internal sealed class AccessToken
{
    /// <summary>Initializes a new instance of the <see cref="AccessToken"/> class.</summary>
    /// <param name="value">The opaque token sent as <c>Authorization: Bearer &lt;value&gt;</c>.</param>
    /// <param name="expiresOn">When the token expires, as computed from <c>expires_in</c> when it was received.</param>
    /// <param name="scope">The scopes granted, when the token endpoint reported them.</param>
    public AccessToken(string value, DateTimeOffset expiresOn, string? scope = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
        ExpiresOn = expiresOn;
        Scope = scope;
    }

    /// <summary>Gets the secret token value.</summary>
    public string Value { get; }

    /// <summary>Gets when the token expires.</summary>
    public DateTimeOffset ExpiresOn { get; }

    /// <summary>Gets the scopes granted, when reported.</summary>
    public string? Scope { get; }

    /// <summary>Returns whether the token expires within <paramref name="margin"/> of <paramref name="now"/> (or already has).</summary>
    /// <param name="now">The current time, from the caller's <see cref="TimeProvider"/>.</param>
    /// <param name="margin">How long before expiry a token counts as expiring.</param>
    /// <returns><see langword="true"/> when the token should be replaced.</returns>
    public bool IsExpiring(DateTimeOffset now, TimeSpan margin) => now >= ExpiresOn - margin;

    /// <summary>Describes the token without its value.</summary>
    /// <returns>The expiry and scopes; the value shows as <c>***</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"AccessToken {{ Value = ***, ExpiresOn = {ExpiresOn:O}, Scope = {Scope} }}");
}
