using System.Net;
using System.Text;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Errors;

public sealed class OffresEmploiErrorFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<OffresEmploiException> CreateAsync(HttpStatusCode status, string? body, Action<HttpResponseMessage>? configure = null, KnownSecrets? secrets = null)
    {
        var response = StubHttpHandler.Response(status, body, configure);
        return OffresEmploiErrorFactory.FromResponseAsync(response, "The search request failed.", secrets, Now, Ct);
    }

    [Fact]
    public async Task FromResponseAsync_ApiError400_ReadsBodyAndUsesAzureLayout()
    {
        var ex = await CreateAsync(HttpStatusCode.BadRequest, """{"message":"La plage de résultats demandée est trop importante.","codeHttp":400,"codeErreur":"1722445850117"}""");

        Assert.Equal(typeof(OffresEmploiException), ex.GetType());
        Assert.Equal(400, ex.Status);
        Assert.Equal("1722445850117", ex.ErrorCode);
        Assert.Equal("La plage de résultats demandée est trop importante.", ex.ApiMessage);
        Assert.StartsWith("The search request failed.\nStatus: 400 (Bad Request)\nErrorCode: 1722445850117\nMessage: La plage", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\n\nContent:\n{\"message\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromResponseAsync_GatewayError500_KeepsGatewayCode()
    {
        var ex = await CreateAsync(HttpStatusCode.InternalServerError, """{"codeErreur":"JCS0011G","codeHttp":500,"message":"La vue service retournée par le connecteur HTTP est nulle ou mal formée"}""");

        Assert.Equal(500, ex.Status);
        Assert.Equal("JCS0011G", ex.ErrorCode);
        Assert.Contains("Status: 500 (Internal Server Error)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromResponseAsync_429_IsThrottledWithRetryAfter()
    {
        var ex = await CreateAsync(HttpStatusCode.TooManyRequests, null, r => r.Headers.TryAddWithoutValidation("Retry-After", "42"));

        var throttled = Assert.IsType<OffresEmploiThrottledException>(ex);
        Assert.Equal(429, throttled.Status);
        Assert.Equal(TimeSpan.FromSeconds(42), throttled.RetryAfter);
    }

    [Fact]
    public async Task FromResponseAsync_401_IsAuthenticationException()
    {
        var ex = await CreateAsync(HttpStatusCode.Unauthorized, null);

        Assert.IsType<OffresEmploiAuthenticationException>(ex);
        Assert.Equal(401, ex.Status);
        Assert.Null(ex.ResponseContent);
    }

    [Fact]
    public async Task FromResponseAsync_PlainTextBody_KeptAsContentWithoutErrorCode()
    {
        var ex = await CreateAsync(HttpStatusCode.BadGateway, null, r => r.Content = new StringContent("<html>Bad gateway</html>"));

        Assert.Null(ex.ErrorCode);
        Assert.Equal("<html>Bad gateway</html>", ex.ResponseContent);
    }

    [Fact]
    public async Task FromResponseAsync_HugeBody_IsCapped()
    {
        var huge = new string('x', 100_000);
        var ex = await CreateAsync(HttpStatusCode.InternalServerError, null, r => r.Content = new StringContent(huge, Encoding.UTF8));

        Assert.True(ex.ResponseContent!.Length < OffresEmploiErrorFactory.MaxContentLength + 50);
        Assert.EndsWith("(truncated)", ex.ResponseContent, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < OffresEmploiErrorFactory.MaxContentLength + 500);
    }

    [Fact]
    public async Task FromResponseAsync_BodyWithSecrets_IsRedacted()
    {
        var secrets = new KnownSecrets(TestData.ClientSecret);
        secrets.AddToken(TestData.TokenValue(1));
        var body = $$"""{"message":"echo {{TestData.ClientSecret}} Bearer {{TestData.TokenValue(1)}}","access_token":"{{TestData.TokenValue(9)}}","codeErreur":"X"}""";

        var ex = await CreateAsync(HttpStatusCode.BadRequest, body, secrets: secrets);

        var all = ex.ToString() + ex.ResponseContent + ex.ApiMessage;
        Assert.DoesNotContain(TestData.ClientSecret, ex.ToString() + ex.ResponseContent, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.TokenValue(1), ex.ToString() + ex.ResponseContent, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.TokenValue(9), all, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTransportFailure_IsAConnectionExceptionNamingHostServiceAndCause()
    {
        var inner = new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (api.francetravail.io:443)");

        var ex = OffresEmploiErrorFactory.FromTransportFailure(
            "The search request got no response.", inner, OffresEmploiOptions.DefaultBaseAddress, OffresEmploiEndpoint.Api, null);

        Assert.Equal(0, ex.Status);
        Assert.Same(inner, ex.InnerException);
        Assert.Equal("api.francetravail.io", ex.Host);
        Assert.Equal(OffresEmploiEndpoint.Api, ex.Endpoint);
        Assert.Equal(ConnectionFailureCause.NameResolution, ex.Cause);
        Assert.StartsWith("Cannot reach api.francetravail.io (the API): host name not found (DNS).\nThe search request got no response.\nStatus: 0 (no response)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Name or service not known", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTransportFailure_TargetWithPortAndUserInfo_ReportsHostAndPortOnly()
    {
        var target = new Uri($"http://someone:{TestData.ClientSecret}@127.0.0.1:8081/connexion/oauth2/access_token?client_secret={TestData.ClientSecret}");

        var ex = OffresEmploiErrorFactory.FromTransportFailure(
            "The access token request got no response.", new HttpRequestException("refused"), target, OffresEmploiEndpoint.Token, new KnownSecrets(TestData.ClientSecret));

        Assert.Equal("127.0.0.1:8081", ex.Host);
        Assert.Equal(OffresEmploiEndpoint.Token, ex.Endpoint);
        Assert.StartsWith("Cannot reach 127.0.0.1:8081 (the token endpoint): network error.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.ClientSecret, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromTransportFailure_SecretEchoedByTheNetworkStack_IsMasked()
    {
        var secrets = new KnownSecrets(TestData.ClientSecret);
        var inner = new HttpRequestException(HttpRequestError.ConnectionError, $"Proxy answered: bad client_secret={TestData.ClientSecret}");

        var ex = OffresEmploiErrorFactory.FromTransportFailure("The access token request got no response.", inner, OffresEmploiOptions.DefaultTokenEndpoint, OffresEmploiEndpoint.Token, secrets);

        Assert.Contains("Detail: Proxy answered: bad client_secret=***", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.ClientSecret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromResponse_TokenEndpoint_CarriesTheEndpointOnOutagesAndThrottling()
    {
        var outage = OffresEmploiErrorFactory.FromResponse(503, null, "upstream down", null, "The identity service failed.", null, Now, OffresEmploiEndpoint.Token);
        var throttled = OffresEmploiErrorFactory.FromResponse(429, null, null, null, "The token endpoint is throttling.", null, Now, OffresEmploiEndpoint.Token);

        Assert.IsNotType<OffresEmploiAuthenticationException>(outage);
        Assert.Equal(OffresEmploiEndpoint.Token, outage.Endpoint);
        Assert.Equal("Service Unavailable", outage.ReasonPhrase);
        Assert.Equal(OffresEmploiEndpoint.Token, Assert.IsType<OffresEmploiThrottledException>(throttled).Endpoint);
    }

    [Fact]
    public async Task FromResponseAsync_Api401_IsTheApisAuthenticationError()
    {
        var ex = await CreateAsync(HttpStatusCode.Unauthorized, null);

        Assert.Equal(OffresEmploiEndpoint.Api, Assert.IsType<OffresEmploiAuthenticationException>(ex).Endpoint);
    }
}
