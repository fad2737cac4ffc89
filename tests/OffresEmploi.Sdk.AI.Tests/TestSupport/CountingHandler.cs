namespace OffresEmploi.Sdk.AI.Tests.TestSupport;

/// <summary>Counts the GET requests that reach the sandbox (token requests are POSTs) and keeps their paths and queries.</summary>
internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _count;

    public int Count => _count;

    public List<string> Queries { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
        {
            Interlocked.Increment(ref _count);
            lock (Queries)
            {
                Queries.Add(Uri.UnescapeDataString(request.RequestUri!.PathAndQuery));
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
