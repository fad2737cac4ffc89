using System.Globalization;

namespace OffresEmploi.Testing.Faults;

/// <summary>What went over the wire between the SDK and the sandbox during one run, by kind of answer.</summary>
internal sealed record WireCounts
{
    /// <summary>Gets the API attempts sent (every retry and 401 replay included; token requests excluded).</summary>
    public required long ApiAttempts { get; init; }

    /// <summary>Gets the requests to the token endpoint.</summary>
    public required long TokenRequests { get; init; }

    /// <summary>Gets the API attempts answered 2xx with a complete JSON body.</summary>
    public required long Healthy { get; init; }

    /// <summary>Gets the 500 answers.</summary>
    public required long Status500 { get; init; }

    /// <summary>Gets the 502 answers.</summary>
    public required long Status502 { get; init; }

    /// <summary>Gets the 503 answers.</summary>
    public required long Status503 { get; init; }

    /// <summary>Gets the 429 answers.</summary>
    public required long TooManyRequests { get; init; }

    /// <summary>Gets the 401 answers (revoked tokens, and in-flight requests still carrying one).</summary>
    public required long Unauthorized { get; init; }

    /// <summary>Gets the 2xx answers whose JSON body stops half way.</summary>
    public required long TruncatedBodies { get; init; }

    /// <summary>Gets the 2xx answers whose body is not JSON at all (an HTML page).</summary>
    public required long MalformedBodies { get; init; }

    /// <summary>Gets the attempts the SDK abandoned before an answer came (attempt timeout, or the caller cancelled).</summary>
    public required long CutShort { get; init; }

    /// <summary>Gets the attempts answered, but only after half the attempt timeout or more: the only ones the SDK
    /// may still time out after the answer (while it reads the body) under a heavily loaded machine.</summary>
    public required long SlowAnswers { get; init; }

    /// <summary>Gets the longest time an attempt ran before the SDK abandoned it.</summary>
    public required TimeSpan LongestCutShort { get; init; }

    /// <summary>Gets any other answer (4xx other than 401/429, other 5xx): never expected from the matrix.</summary>
    public required long Other { get; init; }

    /// <summary>Gets the failed attempts the SDK is expected to retry: server errors, 429, damaged bodies, timeouts.</summary>
    public long Retryable => Status500 + Status502 + Status503 + TooManyRequests + TruncatedBodies + MalformedBodies + CutShort;

    /// <summary>Gets every injected fault seen, retryable or not.</summary>
    public long Faults => Retryable + Unauthorized + Other;

    /// <summary>Describes the faults by kind, e.g. <c>500×6 503×5 timeout×9</c>; <c>none</c> when there were none.</summary>
    public string DescribeFaults()
    {
        var parts = new List<string>();
        Add(parts, "500", Status500);
        Add(parts, "502", Status502);
        Add(parts, "503", Status503);
        Add(parts, "429", TooManyRequests);
        Add(parts, "401", Unauthorized);
        Add(parts, "truncated", TruncatedBodies);
        Add(parts, "malformed", MalformedBodies);
        Add(parts, "cut short", CutShort);
        Add(parts, "other", Other);
        return parts.Count == 0 ? "none" : string.Join(' ', parts);
    }

    private static void Add(List<string> parts, string name, long count)
    {
        if (count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}×{count}"));
        }
    }
}
