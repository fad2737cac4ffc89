using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Mcp;

/// <summary>
/// Creates the in-process sandbox on the first API call rather than at startup, so <c>initialize</c> and
/// <c>tools/list</c> answer before the simulated corpus is generated.
/// </summary>
internal sealed class LazySandboxHandler : HttpMessageHandler
{
    private readonly Lazy<HttpMessageInvoker> _sandbox = new(() => new HttpMessageInvoker(new SandboxHttpMessageHandler(new SandboxOptions())), LazyThreadSafetyMode.ExecutionAndPublication);

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
