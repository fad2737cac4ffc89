using System.Net.Http.Headers;
using System.Text.Json;

namespace OffresEmploi.Sdk.Tests.Security;

/// <summary>
/// Sits between the SDK and the sandbox and tells the sweep every access token the token endpoint issues (the
/// sandbox draws them at random), so that each one is searched for.
/// </summary>
public sealed class TokenRecorder(SecretSweep sweep, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public int Issued { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!request.RequestUri!.AbsolutePath.EndsWith("/access_token", StringComparison.Ordinal) || !response.IsSuccessStatusCode)
        {
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        using (var json = JsonDocument.Parse(body))
        {
            if (json.RootElement.TryGetProperty("access_token", out var token) && token.GetString() is { Length: > 0 } value)
            {
                sweep.AddToken(value);
                Issued++;
            }
        }

        var headers = response.Content.Headers.ToArray();
        response.Content = new ByteArrayContent(body);
        foreach (var (name, values) in headers)
        {
            _ = response.Content.Headers.TryAddWithoutValidation(name, values);
        }

        return response;
    }
}
