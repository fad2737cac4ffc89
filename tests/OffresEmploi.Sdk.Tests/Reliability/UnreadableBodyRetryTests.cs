using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>The SDK fix behind the damaged-body rows of the matrix: a 2xx whose body is not complete JSON is retried.</summary>
public class UnreadableBodyRetryTests
{
    private const string SearchUrl = "https://api.francetravail.io/partenaire/offresdemploi/v2/offres/search";
    private const string Truncated = """{"resultats":[{"id":"201LPQS","intitule":"Vend""";
    private const string Html = "<!DOCTYPE html><html><body>Maintenance</body></html>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static bool IsRetryDelay(TimeSpan dueTime) => dueTime > TimeSpan.Zero && dueTime <= TimeSpan.FromSeconds(30);

    private static HttpMessageInvoker CreateSut(HttpMessageHandler api, TimeProvider time, int maxRetryAttempts = 3)
    {
        var options = TestData.Options(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMinutes(10);
            o.TotalTimeout = TimeSpan.FromHours(1);
            o.MaxRetryAttempts = maxRetryAttempts;
        });
        var pipeline = OffresEmploiResiliencePipeline.Create(options, time, limiter: null, NullLogger.Instance);
        return new HttpMessageInvoker(new OffresEmploiResilienceHandler(pipeline) { InnerHandler = api });
    }

    [Theory]
    [InlineData(Truncated)]
    [InlineData(Html)]
    public async Task SendAsync_DamagedBodyThenIntact_RetriesAndReturnsTheIntactBody(string damaged)
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().Enqueue(HttpStatusCode.PartialContent, damaged).Enqueue(HttpStatusCode.PartialContent, """{"resultats":[]}""");
        using var sut = CreateSut(api, time);

        var call = sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct);
        time.Advance(await time.WaitForTimerAsync(IsRetryDelay, Ct));
        using var response = await call;

        Assert.Equal(2, api.Count);
        Assert.Equal("""{"resultats":[]}""", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SendAsync_AlwaysDamaged_ReturnsTheLastAnswerStillReadableAfterTheBudget()
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, Html));
        using var sut = CreateSut(api, time, maxRetryAttempts: 2);

        var call = sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct);
        for (var retry = 0; retry < 2; retry++)
        {
            time.Advance(await time.WaitForTimerAsync(IsRetryDelay, Ct));
        }

        using var response = await call;

        Assert.Equal(3, api.Count);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The check read the body; the caller still gets all of it, from the start.
        Assert.Equal(Html, await response.Content.ReadAsStringAsync(Ct));
        await using var stream = await response.Content.ReadAsStreamAsync(Ct);
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData(HttpStatusCode.NoContent, null)]
    [InlineData(HttpStatusCode.OK, "")]
    [InlineData(HttpStatusCode.OK, """{"resultats":[]}""")]
    [InlineData(HttpStatusCode.BadRequest, "<html>not json, not retried: 400 is not transient</html>")]
    public async Task SendAsync_EmptyCompleteOrErrorBody_IsNotRetriedForItsBody(HttpStatusCode status, string? body)
    {
        var time = new TimerTrackingTimeProvider();
        using var api = new StubHttpHandler().Enqueue(status, body);
        using var sut = CreateSut(api, time);

        using var response = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, SearchUrl), Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task GetOffreAsync_TruncatedThenIntact_ReturnsTheOfferAndLogsTheReason()
    {
        using var fake = new FakeFranceTravail();
        using var logs = new CapturingLoggerProvider();
        _ = fake.Api.Enqueue(HttpStatusCode.OK, """{"id":"201LPQS","intit""").Enqueue(HttpStatusCode.OK, """{"id":"201LPQS","intitule":"Vendeur"}""");
        using var sut = fake.CreateClient(
            o =>
            {
                o.MaxRetryAttempts = 1;
                o.AttemptTimeout = TimeSpan.FromMinutes(10); // so its timer is not taken for the retry delay
                o.TotalTimeout = TimeSpan.FromHours(1);
            },
            logs);

        var call = sut.GetOffreAsync("201LPQS", Ct);
        fake.Time.Advance(await fake.Time.WaitForTimerAsync(IsRetryDelay, Ct));
        var offre = await call;

        Assert.Equal("Vendeur", offre?.Intitule);
        Assert.Equal(2, fake.Api.Count);
        var retry = Assert.Single(logs.Entries, e => e.EventId.Id == 4);
        Assert.Contains("Reason=unreadable body", retry.Values, StringComparison.Ordinal);
    }
}
