namespace OffresEmploi.Sandbox.Http;

/// <summary>A transport-neutral response, turned into an <see cref="HttpResponseMessage"/> or written to an <c>HttpContext</c>.</summary>
internal sealed class SandboxResponse
{
    public SandboxResponse(int statusCode, string? contentType = null, ReadOnlyMemory<byte> body = default)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
    }

    public int StatusCode { get; }

    /// <summary>Gets the media type of the body; may be set even when the body is empty, as the API does on 401.</summary>
    public string? ContentType { get; }

    public ReadOnlyMemory<byte> Body { get; set; }

    /// <summary>Gets the headers other than <c>Content-Type</c> and <c>Content-Length</c>, in order.</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public SandboxResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    /// <summary>Returns a copy with another status: same content type, body and headers.</summary>
    public SandboxResponse WithStatusCode(int statusCode)
    {
        var copy = new SandboxResponse(statusCode, ContentType, Body);
        copy.Headers.AddRange(Headers);
        return copy;
    }

    public string? GetHeader(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
