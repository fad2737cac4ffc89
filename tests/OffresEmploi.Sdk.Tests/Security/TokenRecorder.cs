using System.Text.Json;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Sdk.Tests.Security;

/// <summary>
/// Sits between the SDK and the sandbox and tells the sweep every access token the token endpoint issues (the
/// sandbox draws them at random), so that each one is searched for.
/// </summary>
public sealed class TokenRecorder(SecretSweep sweep, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _issued;

    public int Issued => Volatile.Read(ref _issued);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!request.RequestUri!.AbsolutePath.EndsWith("/access_token", StringComparison.Ordinal) || !response.IsSuccessStatusCode)
        {
            return response;
        }

        // The sandbox answers with a ByteArrayContent, which the SDK can read again after this.
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        if (json.RootElement.TryGetProperty("access_token", out var token) && token.GetString() is { Length: > 0 } value)
        {
            sweep.AddToken(value);
            _ = Interlocked.Increment(ref _issued);
        }

        return response;
    }
}
