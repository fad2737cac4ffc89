using System.Net;
using System.Text;

namespace OffresEmploi.Sdk.Tests.Wire;

/// <summary>Records each request Refit sends and answers with a fixed status, body and headers.</summary>
internal sealed class CapturingHandler(HttpStatusCode status = HttpStatusCode.OK, string? body = null) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    public Dictionary<string, string> ResponseHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HttpRequestMessage LastRequest => Assert.Single(Requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in ResponseHeaders)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content ??= new ByteArrayContent([]);
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return Task.FromResult(response);
    }
}
