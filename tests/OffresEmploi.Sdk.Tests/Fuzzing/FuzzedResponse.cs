using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>A generated response: status, body, content type and headers; <see cref="ToString"/> is the failure report.</summary>
internal sealed record FuzzedResponse(
    int Status,
    string What,
    byte[] Body,
    string? ContentType = "application/json",
    string? ContentRange = null,
    string? RetryAfter = null,
    string? Rate = null,
    string? Burst = null,
    string? Remaining = null)
{
    public HttpResponseMessage ToMessage()
    {
        var response = new HttpResponseMessage((HttpStatusCode)Status) { Content = new ByteArrayContent(Body) };
        if (ContentType is not null)
        {
            _ = response.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        Add(response.Content.Headers, "Content-Range", ContentRange);
        Add(response.Headers, "Retry-After", RetryAfter);
        Add(response.Headers, "x-ratelimit-replenish-rate-clientidlimiter", Rate);
        Add(response.Headers, "x-ratelimit-burst-capacity-clientidlimiter", Burst);
        Add(response.Headers, "x-ratelimit-remaining-clientidlimiter", Remaining);
        return response;
    }

    public override string ToString()
    {
        var preview = Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 160)));
        return $"{Status} [{What}] Content-Type={ContentType} Content-Range={ContentRange} Retry-After={RetryAfter} rate={Rate} burst={Burst} remaining={Remaining} body({Body.Length} bytes)={preview}";
    }

    private static void Add(HttpHeaders headers, string name, string? value)
    {
        // Values a real server cannot send (new lines) are refused here, as the wire would refuse them.
        if (value is not null)
        {
            _ = headers.TryAddWithoutValidation(name, value);
        }
    }
}
