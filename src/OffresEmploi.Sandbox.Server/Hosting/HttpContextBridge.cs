using Microsoft.AspNetCore.Http;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.Hosting;

/// <summary>Translates between ASP.NET Core's <see cref="HttpContext"/> and the transport-neutral core.</summary>
internal static class HttpContextBridge
{
    /// <summary>The token form is small; anything larger is cut off rather than buffered.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    public static async Task HandleAsync(HttpContext context, SandboxCore core)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        var sandboxRequest = new SandboxRequest(
            request.Method.ToUpperInvariant(),
            request.Path.HasValue ? request.Path.Value! : "/",
            request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty,
            request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null,
            request.ContentType,
            body);
        var result = await core.HandleAsync(sandboxRequest, context.RequestAborted).ConfigureAwait(false);

        var response = context.Response;
        response.StatusCode = result.StatusCode;
        foreach (var (name, value) in result.Headers)
        {
            response.Headers.Append(name, value);
        }

        if (result.ContentType is not null)
        {
            response.ContentType = result.ContentType;
        }

        if (result.StatusCode != StatusCodes.Status204NoContent)
        {
            response.ContentLength = result.Body.Length;
        }

        if (!result.Body.IsEmpty)
        {
            await response.Body.WriteAsync(result.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var buffer = new byte[MaxBodyBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return buffer.AsMemory(0, total);
    }
}
