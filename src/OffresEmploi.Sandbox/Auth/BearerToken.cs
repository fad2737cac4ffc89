namespace OffresEmploi.Sandbox.Auth;

/// <summary>Reads the token of an <c>Authorization: Bearer ...</c> header.</summary>
internal static class BearerToken
{
    public static bool TryRead(string? authorization, out string token)
    {
        token = string.Empty;
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = authorization["Bearer ".Length..].Trim();
        return token.Length > 0;
    }
}
