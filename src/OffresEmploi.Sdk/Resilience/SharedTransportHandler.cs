namespace OffresEmploi.Sdk.Resilience;

/// <summary>
/// Forwards to a transport handler the SDK does not own (a caller's handler, the in-process sandbox) without
/// disposing it when the client is disposed.
/// </summary>
internal sealed class SharedTransportHandler : HttpMessageHandler
{
    private readonly HttpMessageInvoker _invoker;

    /// <summary>Initializes a new instance of the <see cref="SharedTransportHandler"/> class.</summary>
    public SharedTransportHandler(HttpMessageHandler transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _invoker = new HttpMessageInvoker(transport, disposeHandler: false);
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _invoker.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _invoker.Dispose();
        }

        base.Dispose(disposing);
    }
}
