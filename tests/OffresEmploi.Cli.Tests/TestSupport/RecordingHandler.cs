namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>Passes requests to the sandbox, counts them, and keeps the decoded query of every search it forwards.</summary>
internal sealed class RecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly List<string> _searches = [];
    private int _requests;

    /// <summary>Every request forwarded (token, searches, offers, referentiels).</summary>
    public int Requests => Volatile.Read(ref _requests);

    public IReadOnlyList<string> Searches
    {
        get
        {
            lock (_searches)
            {
                return [.. _searches];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (request.RequestUri!.AbsolutePath.EndsWith("/offres/search", StringComparison.Ordinal))
        {
            lock (_searches)
            {
                _searches.Add(Uri.UnescapeDataString(request.RequestUri.Query));
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
