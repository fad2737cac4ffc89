namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>Passes requests to the sandbox and cancels a token once a number of search responses went through: a Ctrl+C mid-harvest.</summary>
internal sealed class CancelAfterSearchesHandler(HttpMessageHandler inner, int searches, CancellationTokenSource cancellation) : DelegatingHandler(inner)
{
    private int _count;

    public int Searches => _count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri!.AbsolutePath.EndsWith("/offres/search", StringComparison.Ordinal) && Interlocked.Increment(ref _count) == searches)
        {
            await cancellation.CancelAsync();
        }

        return response;
    }
}
