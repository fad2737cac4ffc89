using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests;

/// <summary>
/// <see cref="OffresEmploiClient.WarmUpAsync"/>: the token a server gets before its first call, with default options
/// unless a test says otherwise.
/// </summary>
public sealed class OffresEmploiClientWarmUpTests
{
    private const string RefusedCredentials = """{"error":"invalid_client","error_description":"Client authentication failed"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OffresEmploiClient CreateClient(FakeFranceTravail fake, Action<OffresEmploiOptions>? configure = null, CapturingLoggerProvider? logs = null) =>
        new(TestData.Options(configure), fake, fake.Time, logs);

    private static void ServeEmptySearches(FakeFranceTravail fake) =>
        _ = fake.Api.Otherwise(_ => FakeFranceTravail.Page(HttpStatusCode.NoContent, null, "*/0"));

    [Fact]
    public async Task WarmUpAsync_DefaultOptions_GetsTheTokenOnce_AndTheFirstSearchUsesIt()
    {
        using var fake = new FakeFranceTravail();
        ServeEmptySearches(fake);
        using var sut = CreateClient(fake);

        await sut.WarmUpAsync(Ct);
        var tokensBeforeSearch = fake.Token.Count;
        _ = await sut.SearchAsync(new OffresSearchRequest(), Ct);
        _ = await sut.SearchAsync(new OffresSearchRequest(), Ct);

        Assert.Equal(1, tokensBeforeSearch);
        Assert.Equal(1, fake.Token.Count);
        Assert.All(fake.Api.Requests, r => Assert.Equal($"Bearer {TestData.TokenValue(1)}", r.Authorization));
    }

    [Fact]
    public async Task WarmUpAsync_SendsNoApiRequest()
    {
        using var fake = new FakeFranceTravail();
        using var sut = CreateClient(fake);

        await sut.WarmUpAsync(Ct);

        Assert.Equal(0, fake.Api.Count);
    }

    [Fact]
    public async Task WarmUpAsync_TokenAlreadyCached_SendsNothing()
    {
        using var fake = new FakeFranceTravail();
        ServeEmptySearches(fake);
        using var sut = CreateClient(fake);

        _ = await sut.SearchAsync(new OffresSearchRequest(), Ct);
        await sut.WarmUpAsync(Ct);

        Assert.Equal(1, fake.Token.Count);
    }

    [Fact]
    public async Task SearchAsync_StartedWhileTheWarmUpWaitsForTheToken_UsesThatToken()
    {
        using var fake = new FakeFranceTravail();
        ServeEmptySearches(fake);
        var answer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = fake.Token.EnqueueAwaiting((_, _) => answer.Task);
        using var sut = CreateClient(fake);

        var warmUp = sut.WarmUpAsync(Ct);
        await fake.Token.WaitForRequestsAsync(1, Ct);
        var search = sut.SearchAsync(new OffresSearchRequest(), Ct);
        answer.SetResult(StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(7)));
        await warmUp;
        _ = await search;

        Assert.Equal(1, fake.Token.Count);
        Assert.Equal($"Bearer {TestData.TokenValue(7)}", Assert.Single(fake.Api.Requests).Authorization);
    }

    [Fact]
    public async Task SearchAsync_AfterAWarmUpRefusedTheCredentials_ReportsTheSameErrorAsWithoutWarmUp()
    {
        using var cold = new FakeFranceTravail();
        _ = cold.Token.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.BadRequest, RefusedCredentials));
        using var withoutWarmUp = CreateClient(cold);
        var expected = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => withoutWarmUp.SearchAsync(new OffresSearchRequest(), Ct));

        using var fake = new FakeFranceTravail();
        _ = fake.Token.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.BadRequest, RefusedCredentials));
        using var sut = CreateClient(fake);
        _ = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => sut.WarmUpAsync(Ct));
        var actual = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => sut.SearchAsync(new OffresSearchRequest(), Ct));

        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(2, fake.Token.Count);
        Assert.Equal(0, fake.Api.Count);
    }

    [Fact]
    public async Task SearchAsync_AfterAWarmUpFoundTheNetworkDown_ReportsTheSameErrorAsWithoutWarmUp()
    {
        // Tuned: no retries, so no backoff to step through; the default run of the same rule is the test above.
        static void NoRetry(OffresEmploiOptions o) => o.MaxRetryAttempts = 0;
        using var cold = new FakeFranceTravail();
        _ = cold.Token.Otherwise(_ => throw new HttpRequestException("Connection refused (entreprise.francetravail.fr:443)"));
        using var withoutWarmUp = CreateClient(cold, NoRetry);
        var expected = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => withoutWarmUp.SearchAsync(new OffresSearchRequest(), Ct));

        using var fake = new FakeFranceTravail();
        _ = fake.Token.Otherwise(_ => throw new HttpRequestException("Connection refused (entreprise.francetravail.fr:443)"));
        using var sut = CreateClient(fake, NoRetry);
        _ = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => sut.WarmUpAsync(Ct));
        var actual = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => sut.SearchAsync(new OffresSearchRequest(), Ct));

        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.InnerException?.GetType(), actual.InnerException?.GetType());
    }

    [Fact]
    public async Task WarmUpAsync_SucceedingOrRefused_LogsNeitherTheSecretNorTheToken()
    {
        var logs = new CapturingLoggerProvider();
        using var fake = new FakeFranceTravail();
        _ = fake.Token.Enqueue(HttpStatusCode.BadRequest, RefusedCredentials)
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(1));
        using var sut = CreateClient(fake, logs: logs);

        var error = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => sut.WarmUpAsync(Ct));
        await sut.WarmUpAsync(Ct);

        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(TestData.ClientSecret, logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.TokenValue(1), logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.ClientSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WarmUpAsync_DependencyInjectionClient_SharesTheTokenWithItsCalls()
    {
        using var fake = new FakeFranceTravail();
        ServeEmptySearches(fake);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(fake.Time);
        services.AddOffresEmploi(
            o =>
            {
                o.ClientId = TestData.ClientId;
                o.ClientSecret = TestData.ClientSecret;
            },
            _ => fake);
        await using var provider = services.BuildServiceProvider();
        var sut = provider.GetRequiredService<OffresEmploiClient>();

        await sut.WarmUpAsync(Ct);
        var tokensBeforeSearch = fake.Token.Count;
        _ = await sut.SearchAsync(new OffresSearchRequest(), Ct);

        Assert.Equal(1, tokensBeforeSearch);
        Assert.Equal(1, fake.Token.Count);
    }

    [Fact]
    public async Task WarmUpAsync_ClientBuiltForMocking_CompletesWithoutDoingAnything()
    {
        using var sut = new MockedClient();

        await sut.WarmUpAsync(Ct);

        Assert.True(sut.WarmUpAsync(Ct).IsCompletedSuccessfully);
    }

    private sealed class MockedClient : OffresEmploiClient
    {
    }
}
