using System.Net;

namespace OffresEmploi.Testing;

/// <summary>
/// The transport seen by the SDK: forwards to the sandbox and counts what actually goes over the wire, below the
/// client's retry and pacing pipeline, so retries and 429s cannot hide from the count.
/// </summary>
internal sealed class TransportCounter : DelegatingHandler
{
    private long _searches;
    private long _searchesOk;
    private long _tooManyRequests;
    private long _otherErrors;
    private byte[]? _lastSearchBody;

    public TransportCounter(HttpMessageHandler sandbox)
        : base(sandbox)
    {
    }

    /// <summary>Gets the <c>/offres/search</c> requests sent, whatever their answer.</summary>
    public long Searches => Interlocked.Read(ref _searches);

    /// <summary>Gets the <c>/offres/search</c> requests answered 200, 206 or 204.</summary>
    public long SearchesOk => Interlocked.Read(ref _searchesOk);

    /// <summary>Gets the API answers with status 429, any path.</summary>
    public long TooManyRequests => Interlocked.Read(ref _tooManyRequests);

    /// <summary>Gets the other API answers with status 400 or more.</summary>
    public long OtherErrors => Interlocked.Read(ref _otherErrors);

    /// <summary>Gets or sets whether the body of the next successful search is kept (see <see cref="LastSearchBody"/>).</summary>
    public bool CaptureSearchBody { get; set; }

    /// <summary>Gets the body of the last search captured, exactly as the transport returned it.</summary>
    public byte[]? LastSearchBody => Volatile.Read(ref _lastSearchBody);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isSearch = request.RequestUri?.AbsolutePath.EndsWith("/offres/search", StringComparison.Ordinal) == true;
        if (isSearch)
        {
            Interlocked.Increment(ref _searches);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Interlocked.Increment(ref _tooManyRequests);
        }
        else if ((int)response.StatusCode >= 400)
        {
            Interlocked.Increment(ref _otherErrors);
        }
        else if (isSearch)
        {
            Interlocked.Increment(ref _searchesOk);
            if (CaptureSearchBody)
            {
                // The sandbox answers with a ByteArrayContent, which can be read again by the client.
                Volatile.Write(ref _lastSearchBody, await response.Content.ReadAsByteArrayAsync(cancellationToken));
            }
        }

        return response;
    }
}
