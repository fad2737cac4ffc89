using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using OffresEmploi.Testing;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.TestSupport;

/// <summary>
/// A transport that sends token requests to one scripted stub and API requests to another, so a real
/// <see cref="OffresEmploiClient"/> runs its whole pipeline (auth, retries, pacing) against them.
/// </summary>
internal sealed class FakeFranceTravail : HttpMessageHandler
{
    private readonly HttpMessageInvoker _token;
    private readonly HttpMessageInvoker _api;

    public FakeFranceTravail()
    {
        _token = new HttpMessageInvoker(Token, disposeHandler: false);
        _api = new HttpMessageInvoker(Api, disposeHandler: false);
        _ = Token.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(Interlocked.Increment(ref _tokens))));
    }

    public StubHttpHandler Token { get; } = new();

    public StubHttpHandler Api { get; } = new();

    public TimerTrackingTimeProvider Time { get; } = new();

    private int _tokens;

    public static string SearchPageJson => RepositoryFiles.ReadResponse("search-page.json");

    /// <summary>A search body whose offers have ids <c>O{index}</c> for each index of the window, and no aggregations.</summary>
    public static string SearchBody(int first, int last) =>
        "{\"resultats\":[" + string.Join(',', Enumerable.Range(first, last - first + 1).Select(i => string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"O{i}\"}}"))) + "],\"filtresPossibles\":[]}";

    public static HttpResponseMessage Page(HttpStatusCode status, string? body, string? contentRange)
    {
        var response = StubHttpHandler.Response(status, body);
        response.Content ??= new ByteArrayContent([]);
        if (contentRange is not null)
        {
            response.Content.Headers.TryAddWithoutValidation("Content-Range", contentRange);
        }

        return response;
    }

    /// <summary>Answers each search with the requested window of a result set of <paramref name="total"/> offers, like the API.</summary>
    public void ServeResultSet(int total, int maxLast = 3149)
    {
        _ = Api.Otherwise(request =>
        {
            var range = QueryValue(request.RequestUri!, "range") ?? "0-149";
            var parts = range.Split('-');
            var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var last = Math.Min(Math.Min(int.Parse(parts[1], CultureInfo.InvariantCulture), total - 1), maxLast);
            var status = last < total - 1 ? HttpStatusCode.PartialContent : HttpStatusCode.OK;
            return Page(status, SearchBody(first, last), string.Create(CultureInfo.InvariantCulture, $"offres {first}-{last}/{total}"));
        });
    }

    public static string? QueryValue(Uri uri, string name)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals] == name)
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    public OffresEmploiClient CreateClient(Action<OffresEmploiOptions>? configure = null, ILoggerFactory? loggerFactory = null) =>
        new(
            TestData.Options(o =>
            {
                o.RequestsPerSecond = 0;
                o.MaxRetryAttempts = 0;
                configure?.Invoke(o);
            }),
            this,
            Time,
            loggerFactory);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.RequestUri!.AbsolutePath.EndsWith("/access_token", StringComparison.Ordinal) ? _token : _api;
        return target.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _token.Dispose();
            _api.Dispose();
            Token.Dispose();
            Api.Dispose();
        }

        base.Dispose(disposing);
    }
}
