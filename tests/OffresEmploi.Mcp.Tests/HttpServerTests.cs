using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ModelContextProtocol.Client;

namespace OffresEmploi.Mcp.Tests;

/// <summary>The real server process over Streamable HTTP on 127.0.0.1, with and without a bearer token.</summary>
public class HttpServerTests
{
    private const string InitializeBody = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Http_WithoutTokenOption_ServesOnLoopback()
    {
        var (process, endpoint) = await ServerProcess.StartHttpAsync(token: null, Token);
        try
        {
            Assert.Equal("127.0.0.1", endpoint.Host);
            await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint }), cancellationToken: Token);

            var tools = await client.ListToolsAsync(cancellationToken: Token);
            var result = await client.CallToolAsync("lookup_referentiel", new Dictionary<string, object?> { ["name"] = "typesContrats", ["query"] = "CDI" }, cancellationToken: Token);

            Assert.Equal(5, tools.Count);
            Assert.NotEqual(true, result.IsError);
            Assert.Equal("CDI", result.StructuredContent!.Value.GetProperty("items")[0].GetProperty("code").GetString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Token);
        }
    }

    [Fact]
    public async Task Http_WithToken_Answers401WithoutIt_AndServesWithIt()
    {
        const string Secret = "test-token-123";
        var (process, endpoint) = await ServerProcess.StartHttpAsync(Secret, Token);
        try
        {
            using var http = new HttpClient();
            using var anonymous = await http.SendAsync(Initialize(endpoint, authorization: null), Token);
            using var wrong = await http.SendAsync(Initialize(endpoint, new AuthenticationHeaderValue("Bearer", "nope")), Token);
            await using var client = await McpClient.CreateAsync(
                new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint, AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Secret } }),
                cancellationToken: Token);
            var result = await client.CallToolAsync("resolve_location", new Dictionary<string, object?> { ["query"] = "Bretagne" }, cancellationToken: Token);

            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("53", result.StructuredContent!.Value.GetProperty("candidates")[0].GetProperty("code").GetString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Token);
        }
    }

    private static HttpRequestMessage Initialize(Uri endpoint, AuthenticationHeaderValue? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(InitializeBody, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        request.Headers.Authorization = authorization;
        return request;
    }
}
