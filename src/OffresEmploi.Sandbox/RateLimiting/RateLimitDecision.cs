namespace OffresEmploi.Sandbox.RateLimiting;

/// <summary>The outcome of taking one token from a client's bucket.</summary>
/// <param name="Allowed">Whether the request may proceed.</param>
/// <param name="Remaining">The whole tokens left after this request.</param>
/// <param name="RetryAfterSeconds">When refused, the seconds until a token is available (at least 1).</param>
internal readonly record struct RateLimitDecision(bool Allowed, int Remaining, int RetryAfterSeconds);
