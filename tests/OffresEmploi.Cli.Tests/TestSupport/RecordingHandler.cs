namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>Passes requests to the sandbox and keeps the decoded query of every search it forwards.</summary>
internal sealed class RecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly List<string> _searches = [];

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
