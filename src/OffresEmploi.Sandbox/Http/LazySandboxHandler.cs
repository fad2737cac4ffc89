namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// Creates the in-process sandbox on the first request rather than with the client, so a host that may never call
/// the API (the MCP server answering <c>initialize</c> and <c>tools/list</c>) does not pay for it at start.
/// </summary>
internal sealed class LazySandboxHandler : HttpMessageHandler
{
    private readonly Lazy<HttpMessageInvoker> _sandbox;

    public LazySandboxHandler(SandboxOptions options) =>
        _sandbox = new(() => new HttpMessageInvoker(new SandboxHttpMessageHandler(options)), LazyThreadSafetyMode.ExecutionAndPublication);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _sandbox.Value.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _sandbox.IsValueCreated)
        {
            _sandbox.Value.Dispose();
        }

        base.Dispose(disposing);
    }
}
