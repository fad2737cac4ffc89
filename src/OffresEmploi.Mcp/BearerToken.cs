using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OffresEmploi.Mcp;

/// <summary>Checks <c>Authorization: Bearer &lt;token&gt;</c> in constant time; a shared deployment answers 401 without it.</summary>
internal sealed class BearerToken(string token)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    public bool Accepts(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, _expected);
    }

    /// <summary>The middleware: 401 with <c>WWW-Authenticate: Bearer</c> unless the token matches.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!Accepts(context.Request.Headers.Authorization))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
