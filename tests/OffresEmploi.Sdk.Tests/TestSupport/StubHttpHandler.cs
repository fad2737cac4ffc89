using System.Collections.Concurrent;
using System.Net;
using System.Text;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.TestSupport;

/// <summary>A scripted transport: answers each request with the next queued responder (or the fallback) and records what was sent.</summary>
public sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _queue = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? _fallback;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public int Count => _requests.Count;

    public StubHttpHandler EnqueueAwaiting(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        _queue.Enqueue(responder);
        return this;
    }

    public StubHttpHandler Enqueue(Func<HttpRequestMessage, HttpResponseMessage> responder) =>
        EnqueueAwaiting((r, _) => Task.FromResult(responder(r)));

    public StubHttpHandler Enqueue(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null) =>
        EnqueueAwaiting((_, _) => Task.FromResult(Response(status, json, configure)));

    public StubHttpHandler Otherwise(Func<HttpRequestMessage, HttpResponseMessage> responder)
    {
        _fallback = (r, _) => Task.FromResult(responder(r));
        return this;
    }

    public StubHttpHandler OtherwiseAwaiting(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        _fallback = responder;
        return this;
    }

    /// <summary>Waits (without sleeping) until at least <paramref name="count"/> requests arrived.</summary>
    public async Task WaitForRequestsAsync(int count, CancellationToken cancellationToken)
    {
        while (Count < count)
        {
            await _arrivals.WaitAsync(cancellationToken);
        }
    }

    /// <summary>A responder that never answers, until the attempt is cancelled (a hung connection).</summary>
    public static async Task<HttpResponseMessage> Hang(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    public static HttpResponseMessage Response(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null)
    {
        var response = new HttpResponseMessage(status);
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        configure?.Invoke(response);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        _ = _arrivals.Release();
        var responder = _queue.TryDequeue(out var next) ? next : _fallback
            ?? throw new InvalidOperationException($"No scripted response for request #{Count}: {request.Method} {request.RequestUri}");
        var response = await responder(request, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _arrivals.Dispose();
        }

        base.Dispose(disposing);
    }
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body);
