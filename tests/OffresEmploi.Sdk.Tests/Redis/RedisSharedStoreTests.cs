using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sdk.Redis;
using OffresEmploi.Sdk.SharedState;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.Redis;
using OffresEmploi.Testing.TestSupport;
using StackExchange.Redis;

namespace OffresEmploi.Sdk.Tests.Redis;

/// <summary>
/// The store of tokens and referentiels on a real redis-server, each "process" with its own connection and clock:
/// one creation across processes that miss at once, no storage of a failed creation, a dead lock holder's successor,
/// local creation while Redis is down (one warning, one recovery), and compare-and-delete.
/// </summary>
public sealed class RedisSharedStoreTests
{
    private const string Key = "offres-emploi:test:value";

    [Fact(Timeout = 60_000)]
    public async Task Two_processes_missing_a_value_at_once_create_it_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        await using var connectionA = await server.ConnectAsync();
        await using var connectionB = await server.ConnectAsync();
        var timeB = new TimerTrackingTimeProvider();
        var a = new RedisSharedStore(Task.FromResult(connectionA), new FakeTimeProvider(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var b = new RedisSharedStore(Task.FromResult(connectionB), timeB, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var creations = 0;
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        // A takes the lock and creates slowly; B finds the lock and polls.
        var fromA = a.GetOrCreateAsync(Key, TextCodec.Instance, _ => { Interlocked.Increment(ref creations); return release.Task; }, ct);
        await WaitForLockAsync(connectionA, ct);
        var fromB = b.GetOrCreateAsync(Key, TextCodec.Instance, _ => { Interlocked.Increment(ref creations); return Task.FromResult("made by B"); }, ct);
        _ = await timeB.WaitForTimerAsync(_ => true, ct);
        Assert.False(fromB.IsCompleted);

        release.SetResult("made by A");
        var valueA = await fromA;
        timeB.Advance(TimeSpan.FromSeconds(1));
        var valueB = await fromB;

        Assert.Equal(1, creations);
        Assert.Equal("made by A", valueA.Value);
        Assert.Equal("made by A", valueB.Value);
        Assert.InRange(valueB.TimeToLive, TimeSpan.FromSeconds(1), TextCodec.TimeToLive);
        Assert.Equal(valueA.Stored.ToArray(), valueB.Stored.ToArray());
        Assert.False(await connectionA.GetDatabase().KeyExistsAsync(Key + ":lock"), "the lock outlived the creation");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_failed_creation_stores_nothing_and_releases_the_lock_for_the_next_caller()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        await using var connection = await server.ConnectAsync();
        var store = new RedisSharedStore(Task.FromResult(connection), new FakeTimeProvider(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.GetOrCreateAsync<string>(Key, TextCodec.Instance, _ => throw new InvalidOperationException("the API is down"), ct));
        Assert.Equal("the API is down", failure.Message);
        Assert.False(await connection.GetDatabase().KeyExistsAsync(Key));
        Assert.False(await connection.GetDatabase().KeyExistsAsync(Key + ":lock"));

        var next = await store.GetOrCreateAsync(Key, TextCodec.Instance, _ => Task.FromResult("second try"), ct);
        Assert.Equal("second try", next.Value);
        Assert.Equal("second try", Encoding.UTF8.GetString((byte[])(await connection.GetDatabase().StringGetAsync(Key))!));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_waiter_whose_lock_holder_vanished_creates_the_value_itself()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        await using var connection = await server.ConnectAsync();
        var database = connection.GetDatabase();

        // A process took the lock and died: nothing will be stored.
        Assert.True(await database.LockTakeAsync(Key + ":lock", "dead-process", RedisSharedStore.LockLifetime));
        var time = new TimerTrackingTimeProvider();
        var store = new RedisSharedStore(Task.FromResult(connection), time, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var waiting = store.GetOrCreateAsync(Key, TextCodec.Instance, _ => Task.FromResult("made by the waiter"), ct);
        _ = await time.WaitForTimerAsync(_ => true, ct);
        Assert.False(waiting.IsCompleted);

        // Its lock expires (done here at once; Redis does it after LockLifetime).
        Assert.True(await database.KeyDeleteAsync(Key + ":lock"));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("made by the waiter", (await waiting).Value);
        Assert.True(await database.KeyExistsAsync(Key));
    }

    [Fact(Timeout = 90_000)]
    public async Task While_Redis_is_down_values_are_created_locally_with_one_warning_then_shared_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        await using var connection = await server.ConnectAsync();
        using var logs = new CapturingLoggerProvider();
        var store = new RedisSharedStore(Task.FromResult(connection), new FakeTimeProvider(), logs.CreateLogger("store"));
        await server.StopAsync(ct);

        var creations = 0;
        for (var i = 0; i < 3; i++)
        {
            var local = await store.GetOrCreateAsync(Key, TextCodec.Instance, _ => Task.FromResult($"local {Interlocked.Increment(ref creations)}"), ct);
            Assert.Equal($"local {i + 1}", local.Value);
            Assert.True(local.Stored.IsEmpty);
        }

        Assert.True(store.IsLocal);
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("cannot be reached", warning.Message, StringComparison.Ordinal);

        await server.RestartAsync(ct);
        while (!connection.IsConnected)
        {
            await Task.Delay(50, ct);
        }

        var shared = await store.GetOrCreateAsync(Key, TextCodec.Instance, _ => Task.FromResult("shared"), ct);
        Assert.Equal("shared", shared.Value);
        Assert.False(shared.Stored.IsEmpty);
        Assert.False(store.IsLocal);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("answers again", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task RemoveIfUnchanged_removes_only_the_value_that_was_seen()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        await using var connection = await server.ConnectAsync();
        var store = new RedisSharedStore(Task.FromResult(connection), new FakeTimeProvider(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var first = await store.GetOrCreateAsync(Key, TextCodec.Instance, _ => Task.FromResult("first"), ct);

        // Another process already replaced it: a stale removal leaves the new value.
        Assert.True(await connection.GetDatabase().StringSetAsync(Key, "replaced", TextCodec.TimeToLive));
        store.RemoveIfUnchanged(Key, first.Stored);
        Assert.Equal("replaced", (string?)await connection.GetDatabase().StringGetAsync(Key));

        var current = await store.GetOrCreateAsync(Key, TextCodec.Instance, _ => Task.FromResult("unused"), ct);
        Assert.Equal("replaced", current.Value);
        store.RemoveIfUnchanged(Key, current.Stored);

        // Fire-and-forget: a command sent after it on the same connection sees its effect.
        Assert.False(await connection.GetDatabase().KeyExistsAsync(Key));
    }

    private static async Task WaitForLockAsync(IConnectionMultiplexer connection, CancellationToken ct)
    {
        while (!await connection.GetDatabase().KeyExistsAsync(Key + ":lock"))
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
        }
    }

    private sealed class TextCodec : SharedCodec<string>
    {
        public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

        public static TextCodec Instance { get; } = new();

        public override byte[] Write(string value, out TimeSpan timeToLive)
        {
            timeToLive = TimeToLive;
            return Encoding.UTF8.GetBytes(value);
        }

        public override string? Read(ReadOnlySpan<byte> stored) => Encoding.UTF8.GetString(stored);
    }
}
