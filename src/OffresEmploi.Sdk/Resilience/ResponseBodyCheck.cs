using System.Net;
using System.Text.Json;

namespace OffresEmploi.Sdk.Resilience;

/// <summary>
/// Tells whether a successful answer's body, already buffered within the attempt, is complete JSON, so that a body
/// cut short or replaced by a proxy's HTML page is retried like a 5xx instead of failing the call.
/// </summary>
/// <remarks>
/// Every endpoint the SDK calls (the API and the token endpoint) answers JSON, so any other 2xx body is damage
/// in transit. The attempt (<see cref="OffresEmploiResilienceHandler"/>) buffers the body before calling this, so
/// the read is under the attempt timeout and the caller reads the body again from memory.
/// </remarks>
internal static class ResponseBodyCheck
{
    /// <summary>Returns false when <paramref name="response"/> is a success whose body is not complete JSON.</summary>
    public static async ValueTask<bool> IsReadableAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NoContent)
        {
            return true;
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (stream.CanSeek && stream.Length == 0)
        {
            return true; // An empty body is read as "no content" by the caller.
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            // The buffered content hands out a fresh stream on each read; rewind in case it returned this one.
            if (stream.CanSeek)
            {
                stream.Position = 0;
            }
        }
    }
}
