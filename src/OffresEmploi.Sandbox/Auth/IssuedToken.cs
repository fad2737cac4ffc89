namespace OffresEmploi.Sandbox.Auth;

/// <summary>What the sandbox remembers about an access token it issued.</summary>
/// <param name="ClientId">The client the token was issued to; the rate limiter's key.</param>
/// <param name="Scopes">The granted scopes.</param>
/// <param name="ExpiresAt">The instant from which the token is refused.</param>
internal sealed record IssuedToken(string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);
