using System.Net;
using System.Text.Json;

namespace OffresEmploi.Testing.Faults;

/// <summary>
/// The transport seen by the SDK: forwards to the sandbox and sorts every answer by kind, below the SDK's retry,
/// timeout and authentication handlers, so no retry or replay can hide from the count.
/// </summary>
/// <remarks>
/// The sandbox does not publish what it injected, so faults are recognised by their effect: the status, a body that
/// is not complete JSON, or an attempt abandoned by the SDK before its answer.
/// </remarks>
internal sealed class WireCounter : DelegatingHandler
{
    private long _apiAttempts;
    private long _tokenRequests;
    private long _healthy;
    private long _status500;
    private long _status502;
    private long _status503;
    private long _tooManyRequests;
    private long _unauthorized;
    private long _truncated;
    private long _malformed;
    private long _cutShort;
    private long _other;
    private long _slow;
    private long _longestCutShortTicks;
    private readonly TimeSpan _slowAfter;

    /// <param name="sandbox">The sandbox.</param>
    /// <param name="slowAfter">How long an answered attempt takes to count as slow (half the attempt timeout).</param>
    public WireCounter(HttpMessageHandler sandbox, TimeSpan slowAfter)
        : base(sandbox)
    {
        _slowAfter = slowAfter;
    }

    /// <summary>Gets a snapshot of the counts.</summary>
    public WireCounts Snapshot() => new()
    {
        ApiAttempts = Interlocked.Read(ref _apiAttempts),
        TokenRequests = Interlocked.Read(ref _tokenRequests),
        Healthy = Interlocked.Read(ref _healthy),
        Status500 = Interlocked.Read(ref _status500),
        Status502 = Interlocked.Read(ref _status502),
        Status503 = Interlocked.Read(ref _status503),
        TooManyRequests = Interlocked.Read(ref _tooManyRequests),
        Unauthorized = Interlocked.Read(ref _unauthorized),
        TruncatedBodies = Interlocked.Read(ref _truncated),
        MalformedBodies = Interlocked.Read(ref _malformed),
        CutShort = Interlocked.Read(ref _cutShort),
        Other = Interlocked.Read(ref _other),
        SlowAnswers = Interlocked.Read(ref _slow),
        LongestCutShort = TimeSpan.FromTicks(Interlocked.Read(ref _longestCutShortTicks)),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri?.AbsolutePath.EndsWith("/access_token", StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _tokenRequests);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        Interlocked.Increment(ref _apiAttempts);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _cutShort);
            var ticks = System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks;
            long seen;
            while (ticks > (seen = Interlocked.Read(ref _longestCutShortTicks)) && Interlocked.CompareExchange(ref _longestCutShortTicks, ticks, seen) != seen)
            {
            }

            throw;
        }

        if (System.Diagnostics.Stopwatch.GetElapsedTime(started) >= _slowAfter)
        {
            Interlocked.Increment(ref _slow);
        }

        switch (response.StatusCode)
        {
            case HttpStatusCode.InternalServerError: Interlocked.Increment(ref _status500); break;
            case HttpStatusCode.BadGateway: Interlocked.Increment(ref _status502); break;
            case HttpStatusCode.ServiceUnavailable: Interlocked.Increment(ref _status503); break;
            case HttpStatusCode.TooManyRequests: Interlocked.Increment(ref _tooManyRequests); break;
            case HttpStatusCode.Unauthorized: Interlocked.Increment(ref _unauthorized); break;
            case >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous:
                // The sandbox answers with a ByteArrayContent, which the SDK can read again after this.
                CountBody(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
                break;
            default: Interlocked.Increment(ref _other); break;
        }

        return response;
    }

    private void CountBody(byte[] body)
    {
        if (body.Length == 0 || IsCompleteJson(body))
        {
            Interlocked.Increment(ref _healthy);
        }
        else if (body.AsSpan().TrimStart(" \t\r\n"u8) is [(byte)'<', ..])
        {
            Interlocked.Increment(ref _malformed);
        }
        else
        {
            Interlocked.Increment(ref _truncated);
        }
    }

    private static bool IsCompleteJson(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
