namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>Counts the search requests that reach the sandbox, to prove a locally refused request sent nothing.</summary>
internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _searches;

    public int Searches => Volatile.Read(ref _searches);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri?.AbsolutePath.EndsWith("/offres/search", StringComparison.Ordinal) == true)
        {
            _ = Interlocked.Increment(ref _searches);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
