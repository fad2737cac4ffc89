using System.Net;
using System.Runtime.InteropServices;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Diagnostics;

namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// The sandbox as an <see cref="HttpMessageHandler"/>: no socket, no port, answers any host with
/// the API's paths (<c>/connexion/oauth2/access_token</c>, <c>/partenaire/offresdemploi/v2/...</c>).
/// </summary>
/// <remarks>
/// Give it to an <see cref="HttpClient"/> (or as the primary handler of the SDK's clients) and use
/// <see cref="SandboxDefaults.BaseAddress"/> and <see cref="SandboxDefaults.TokenEndpoint"/>. One handler is one
/// sandbox: its tokens, rate-limit buckets and fault sequence are shared by every client using it.
/// The handler is thread-safe.
/// </remarks>
public sealed class SandboxHttpMessageHandler : HttpMessageHandler
{
    private readonly SandboxCore _core;

    /// <summary>Initializes a sandbox with the default <see cref="SandboxOptions"/>.</summary>
    public SandboxHttpMessageHandler()
        : this(new SandboxOptions())
    {
    }

    /// <summary>Initializes a sandbox with the given options (read once, here).</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public SandboxHttpMessageHandler(SandboxOptions options)
    {
        _core = new SandboxCore(options);
    }

    /// <summary>Gets the corpus' "today" (<see cref="SandboxOptions.Now"/> once resolved): day 0's, whatever
    /// <see cref="SandboxOptions.Day"/> is.</summary>
    public DateTimeOffset Today => _core.Today;

    /// <summary>Gets the corpus this sandbox serves (the market of <see cref="SandboxOptions.Day"/>), building it and its
    /// search indexes if no request has yet: the truth to check a client's copy against (<see cref="OffreCorpus.GetOffres"/>,
    /// <see cref="MarketChanges.Between"/>).</summary>
    public OffreCorpus Corpus => _core.Corpus;

    /// <summary>Gets what this sandbox has seen since it was created (also served at <c>GET /_sandbox/stats</c>).</summary>
    public SandboxStatistics Statistics => _core.Statistics;

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri is { IsAbsoluteUri: true } absolute
            ? absolute
            : throw new InvalidOperationException("The sandbox needs an absolute request URI; set HttpClient.BaseAddress.");
        var body = request.Content is null
            ? ReadOnlyMemory<byte>.Empty
            : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var sandboxRequest = new SandboxRequest(
            request.Method.Method.ToUpperInvariant(),
            Uri.UnescapeDataString(uri.AbsolutePath),
            uri.Query.TrimStart('?'),
            request.Headers.TryGetValues("Authorization", out var authorization) ? string.Join(", ", authorization) : null,
            request.Content?.Headers.ContentType?.ToString(),
            body);
        var response = await _core.HandleAsync(sandboxRequest, cancellationToken).ConfigureAwait(false);
        return ToResponseMessage(response, request);
    }

    /// <inheritdoc/>
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    private static HttpResponseMessage ToResponseMessage(SandboxResponse response, HttpRequestMessage request)
    {
        var content = MemoryMarshal.TryGetArray(response.Body, out var segment)
            ? new ByteArrayContent(segment.Array!, segment.Offset, segment.Count)
            : new ByteArrayContent(response.Body.ToArray());
        if (response.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", response.ContentType);
        }

        var message = new HttpResponseMessage((HttpStatusCode)response.StatusCode)
        {
            Content = content,
            RequestMessage = request,
            Version = HttpVersion.Version11,
        };
        foreach (var (name, value) in response.Headers)
        {
            // Content-Range and Allow are content headers in .NET, as they are for a real HttpClient.
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}
