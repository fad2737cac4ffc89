using System.Text;

namespace OffresEmploi.Sandbox.Http;

/// <summary>Responses produced by the gateway in front of the API rather than by the API itself.</summary>
internal static class GatewayResponses
{
    private static readonly byte[] s_badGatewayPage = Encoding.ASCII.GetBytes(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n");

    /// <summary>401 with an empty body, as the publisher documents it (Content-Type set, nothing in it).</summary>
    public static SandboxResponse Unauthorized() =>
        new SandboxResponse(401, JsonBody.MediaType)
            .WithHeader("WWW-Authenticate", "Bearer")
            .WithHeader("Cache-Control", "no-store")
            .WithHeader("Pragma", "no-cache");

    public static SandboxResponse NotFound() => new(404);

    public static SandboxResponse MethodNotAllowed(string allow) => new SandboxResponse(405).WithHeader("Allow", allow);

    public static SandboxResponse BadGateway() => new(502, "text/html", s_badGatewayPage);

    public static SandboxResponse ServiceUnavailable() => new(503);

    /// <summary>429 as documented: text/plain, Retry-After in seconds, no-store.</summary>
    public static SandboxResponse TooManyRequests(int retryAfterSeconds) =>
        new SandboxResponse(429, "text/plain", Encoding.ASCII.GetBytes("Too Many Requests"))
            .WithHeader("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithHeader("Cache-Control", "no-store")
            .WithHeader("Pragma", "no-cache");
}
