using System.Net;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Authentication;

/// <summary>
/// <see cref="Sdk.Authentication.ClientCredentialsTokenProvider.PrefetchAsync"/>: the token request a server starts
/// before its first call, and how calls that meet it share its outcome.
/// </summary>
public sealed class ClientCredentialsTokenProviderPrefetchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetTokenAsync_WhilePrefetchRuns_SharesItsTokenWithoutAnotherRequest()
    {
        var answer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var tokenEndpoint = new StubHttpHandler()
            .EnqueueAwaiting((_, _) => answer.Task)
            .Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(2)));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var prefetch = sut.PrefetchAsync(Ct);
        await tokenEndpoint.WaitForRequestsAsync(1, Ct);
        var call = sut.GetTokenAsync(Ct).AsTask();
        answer.SetResult(StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(1)));
        await prefetch;

        Assert.Equal(TestData.TokenValue(1), (await call).Value);
        Assert.Equal(1, tokenEndpoint.Count);
    }

    [Fact]
    public async Task GetTokenAsync_WhilePrefetchFails_SharesItsErrorWithoutStartingOver()
    {
        // Queuing behind a failing prefetch and then requesting again would double the wait when the endpoint is unreachable.
        var answer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var tokenEndpoint = new StubHttpHandler()
            .EnqueueAwaiting((_, _) => answer.Task)
            .Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(2)));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var prefetch = sut.PrefetchAsync(Ct);
        await tokenEndpoint.WaitForRequestsAsync(1, Ct);
        var call = sut.GetTokenAsync(Ct).AsTask();
        answer.SetException(new HttpRequestException("Connection refused"));

        var prefetchError = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => prefetch);
        var callError = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => call);
        Assert.Same(prefetchError, callError);
        Assert.Equal(0, callError.Status);
        Assert.Equal(1, tokenEndpoint.Count);
    }

    [Fact]
    public async Task GetTokenAsync_AfterPrefetchFailed_RequestsItsOwnToken()
    {
        using var tokenEndpoint = new StubHttpHandler()
            .Enqueue(_ => throw new HttpRequestException("Connection refused"))
            .Enqueue(HttpStatusCode.OK, TestData.TokenJson(1));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        _ = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => sut.PrefetchAsync(Ct));
        var token = await sut.GetTokenAsync(Ct);

        Assert.Equal(TestData.TokenValue(1), token.Value);
        Assert.Equal(2, tokenEndpoint.Count);
    }

    [Fact]
    public async Task GetTokenAsync_WhilePrefetchIsCancelled_RequestsItsOwnTokenInsteadOfReportingACancellation()
    {
        using var tokenEndpoint = new StubHttpHandler()
            .EnqueueAwaiting(StubHttpHandler.Hang)
            .Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(1)));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var prefetch = sut.PrefetchAsync(shutdown.Token);
        await tokenEndpoint.WaitForRequestsAsync(1, Ct);
        var call = sut.GetTokenAsync(Ct).AsTask();
        await shutdown.CancelAsync();

        _ = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => prefetch);
        Assert.Equal(TestData.TokenValue(1), (await call).Value);
        Assert.Equal(2, tokenEndpoint.Count);
    }

    [Fact]
    public async Task PrefetchAsync_CalledAgainWhileRunningOrOnceCached_SendsOneRequest()
    {
        var answer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var tokenEndpoint = new StubHttpHandler()
            .EnqueueAwaiting((_, _) => answer.Task)
            .Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(2)));
        var sut = TestData.TokenProvider(tokenEndpoint, new TimerTrackingTimeProvider());

        var first = sut.PrefetchAsync(Ct);
        var second = sut.PrefetchAsync(Ct);
        answer.SetResult(StubHttpHandler.Response(HttpStatusCode.OK, TestData.TokenJson(1)));
        await Task.WhenAll(first, second);
        await sut.PrefetchAsync(Ct);

        Assert.Equal(TestData.TokenValue(1), (await sut.GetTokenAsync(Ct)).Value);
        Assert.Equal(1, tokenEndpoint.Count);
    }
}
