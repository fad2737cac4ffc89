using System.Net;
using System.Text.Json;

namespace OffresEmploi.Sdk.Resilience;

/// <summary>
/// Reads a successful answer's body within the attempt and tells whether it is complete JSON, so that a body cut
/// short or replaced by a proxy's HTML page is retried like a 5xx instead of failing the call.
/// </summary>
/// <remarks>
/// Every endpoint the SDK calls (the API and the token endpoint) answers JSON, so any other 2xx body is damage
/// in transit. Reading here also puts the body under the attempt timeout: a body that stalls half way is an
/// attempt that timed out, not a call that hangs. The body is buffered, so the caller reads it again from memory.
/// </remarks>
internal static class ResponseBodyCheck
{
    /// <summary>Returns false when <paramref name="response"/> is a success whose body is not complete JSON.</summary>
    /// <exception cref="HttpRequestException">The body could not be read (connection lost mid-body).</exception>
    public static async ValueTask<bool> IsReadableAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NoContent)
        {
            return true;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
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
