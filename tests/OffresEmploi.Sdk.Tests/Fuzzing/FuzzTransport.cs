using System.Net;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>
/// The innermost handler of a fuzzed client: token requests and API requests each get the response built by a
/// replaceable function, so every iteration can answer with its own generated response.
/// </summary>
internal sealed class FuzzTransport : HttpMessageHandler
{
    public const string AccessToken = "fuzz-token-Qm7Xc2Vb9Lk4Jh6Gf3Ds";

    private int _apiRequests;
    private int _tokenRequests;

    public Func<HttpRequestMessage, HttpResponseMessage> Token { get; set; } = _ => Json(HttpStatusCode.OK, TokenBody(AccessToken));

    public Func<HttpRequestMessage, HttpResponseMessage> Api { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.NoContent);

    public int ApiRequests => Volatile.Read(ref _apiRequests);

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public static string TokenBody(string token) =>
        $$"""{"scope":"api_offresdemploiv2 o2dsoffre","expires_in":1499,"token_type":"Bearer","access_token":"{{token}}"}""";

    public static HttpResponseMessage Json(HttpStatusCode status, string body) => StubHttpHandler.Response(status, body);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isToken = request.RequestUri!.AbsolutePath.EndsWith("/access_token", StringComparison.Ordinal);
        _ = Interlocked.Increment(ref isToken ? ref _tokenRequests : ref _apiRequests);
        var response = isToken ? Token(request) : Api(request);
        response.RequestMessage ??= request;
        return Task.FromResult(response);
    }
}
