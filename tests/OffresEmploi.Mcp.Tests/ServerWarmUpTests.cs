using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sdk;

namespace OffresEmploi.Mcp.Tests;

/// <summary><see cref="ServerWarmUp"/> in process: what it starts, that it never blocks the start, and that it never fails it.</summary>
public class ServerWarmUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartToken_ReturnsWhileTheTokenIsStillBeingRequested()
    {
        var token = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new ScriptedClient(() => token.Task);

        var warmUp = ServerWarmUp.StartToken(client, isSandbox: false, Ct);
        await client.WarmUpCalled.Task.WaitAsync(Ct);

        Assert.False(warmUp.IsCompleted);
        token.SetResult();
        await warmUp.WaitAsync(Ct);
        Assert.Equal(1, client.WarmUpCalls);
    }

    [Fact]
    public async Task StartToken_TokenRequestFails_CompletesWithoutError()
    {
        using var client = new ScriptedClient(() => Task.FromException(new OffresEmploiAuthenticationException("The OAuth 2.0 token request was refused.")));

        await ServerWarmUp.StartToken(client, isSandbox: false, Ct).WaitAsync(Ct);

        Assert.Equal(1, client.WarmUpCalls);
    }

    [Fact]
    public async Task StartPlaceList_LoadsOnceTheDelayIsOver_NotBefore()
    {
        var time = new FakeTimeProvider();
        var loads = 0;

        var warmUp = ServerWarmUp.StartPlaceList(() =>
        {
            Interlocked.Increment(ref loads);
            return PlaceResolver.Default;
        }, ServerWarmUp.PlaceListDelay, time, Ct);
        time.Advance(ServerWarmUp.PlaceListDelay - TimeSpan.FromMilliseconds(1));

        Assert.False(warmUp.IsCompleted);
        Assert.Equal(0, loads);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await warmUp.WaitAsync(Ct);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task StartPlaceList_LoadFails_CompletesWithoutError()
    {
        var time = new FakeTimeProvider();
        var loads = 0;

        var warmUp = ServerWarmUp.StartPlaceList(() =>
        {
            Interlocked.Increment(ref loads);
            throw new InvalidOperationException("Embedded resource 'communes.tsv' is missing from OffresEmploi.Sdk.");
        }, ServerWarmUp.PlaceListDelay, time, Ct);
        time.Advance(ServerWarmUp.PlaceListDelay);

        await warmUp.WaitAsync(Ct);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task StartPlaceList_ShutdownDuringTheDelay_CompletesWithoutLoading()
    {
        var time = new FakeTimeProvider();
        using var shutdown = new CancellationTokenSource();
        var loads = 0;

        var warmUp = ServerWarmUp.StartPlaceList(() =>
        {
            Interlocked.Increment(ref loads);
            return PlaceResolver.Default;
        }, ServerWarmUp.PlaceListDelay, time, shutdown.Token);
        await shutdown.CancelAsync();

        await warmUp.WaitAsync(Ct);
        Assert.Equal(0, loads);
    }

    [Fact]
    public async Task StartToken_InProcessSandbox_RequestsNoToken()
    {
        // The sandbox's first request would generate its simulated corpus: a tool call pays for that, not the start.
        using var client = new ScriptedClient(() => Task.CompletedTask);

        await ServerWarmUp.StartToken(client, isSandbox: true, Ct).WaitAsync(Ct);

        Assert.Equal(0, client.WarmUpCalls);
    }

    private sealed class ScriptedClient(Func<Task> warmUp) : OffresEmploiClient
    {
        private int _calls;

        public TaskCompletionSource WarmUpCalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int WarmUpCalls => _calls;

        public override Task WarmUpAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            WarmUpCalled.TrySetResult();
            return warmUp();
        }
    }
}
