using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sdk.Redis;
using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.Redis;
using OffresEmploi.Testing.TestSupport;
using StackExchange.Redis;

namespace OffresEmploi.Sdk.Tests.Redis;

/// <summary>
/// The token bucket shared through a real redis-server: two limiters with their own connections (as two replicas
/// would have) draw from one quota; with Redis stopped each falls back to quota / replicas locally, warning once; once
/// Redis is back they share again.
/// </summary>
public sealed class RedisClientRateLimiterTests
{
    private const string Key = "offres-emploi:rate:test-client@api.test";

    private static RedisClientRateLimiter Limiter(Task<IConnectionMultiplexer> connection, double rate, int replicas, TimeProvider time, ILogger logger) =>
        new(connection, Key, rate, replicas, adaptToHeaders: true, time, logger);

    [Fact(Timeout = 60_000)]
    public async Task Two_replicas_on_one_Redis_share_one_quota()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        using var logs = new CapturingLoggerProvider();
        var time = new FakeTimeProvider();
        await using var connectionA = await server.ConnectAsync();
        await using var connectionB = await server.ConnectAsync();
        var a = Limiter(Task.FromResult(connectionA), rate: 10, replicas: 2, time, logs.CreateLogger("a"));
        var b = Limiter(Task.FromResult(connectionB), rate: 10, replicas: 2, time, logs.CreateLogger("b"));

        // 30 reservations alternating between the replicas: separate buckets would cover 2 × 10 at once.
        var clock = Stopwatch.StartNew();
        var covered = 0;
        for (var i = 0; i < 30; i++)
        {
            ct.ThrowIfCancellationRequested();
            var wait = await (i % 2 == 0 ? a : b).ReserveAsync();
            Assert.NotNull(wait);
            covered += wait == 0 ? 1 : 0;
        }

        // The burst (10) less the reserve for arrival jitter (0.2 s at 10 per second: 2), plus what Redis's own clock
        // refilled meanwhile at 10 per second.
        var refilled = (int)Math.Ceiling(clock.Elapsed.TotalSeconds * 10);
        Assert.InRange(covered, 8, 8 + refilled);
        Assert.True(covered < 20, $"{covered} reservations covered at once: the replicas did not share the bucket");
        Assert.False(a.IsLocal || b.IsLocal);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_429_seen_by_one_replica_holds_back_the_other()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        using var logs = new CapturingLoggerProvider();
        var time = new FakeTimeProvider();
        await using var connectionA = await server.ConnectAsync();
        await using var connectionB = await server.ConnectAsync();
        var a = Limiter(Task.FromResult(connectionA), rate: 10, replicas: 2, time, logs.CreateLogger("a"));
        var b = Limiter(Task.FromResult(connectionB), rate: 10, replicas: 2, time, logs.CreateLogger("b"));
        Assert.Equal(0, await b.ReserveAsync());

        a.Penalize(TimeSpan.FromSeconds(30));

        // The penalty is sent without waiting; B's next reservation is ordered after it on the server only once it
        // arrived, so poll until it shows (bounded by the test's timeout).
        double? wait;
        do
        {
            ct.ThrowIfCancellationRequested();
            wait = await b.ReserveAsync();
        }
        while (wait < 20);
        Assert.InRange(wait!.Value, 20, 31);
    }

    [Fact(Timeout = 90_000)]
    public async Task Redis_stopped_falls_back_to_quota_over_replicas_warns_once_and_shares_again_after_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        using var logs = new CapturingLoggerProvider();
        var time = new TimerTrackingTimeProvider();
        await using var connection = await server.ConnectAsync();
        var limiter = Limiter(Task.FromResult(connection), rate: 10, replicas: 2, time, logs.CreateLogger("a"));
        Assert.Equal(0, await limiter.ReserveAsync());

        await server.StopAsync(ct);

        // Local pacing at 10 / 2 = 5 per second, on the fake clock, starting empty (the shared bucket was being spent,
        // so a full local one would add a burst): the first permit waits 1/5 s, and the next ones 1/5 s apart.
        var interval = TimeSpan.FromSeconds(1 / 5.0);
        var first = limiter.AcquireAsync(ct).AsTask();
        AssertAbout(interval, await time.WaitForTimerAsync(_ => true, ct));
        Assert.False(first.IsCompleted);
        time.Advance(interval);
        AssertAbout(interval, await first);

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var second = limiter.AcquireAsync(cancel.Token).AsTask();
        AssertAbout(interval, await time.WaitForTimerAsync(_ => true, ct));
        Assert.False(second.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);

        Assert.True(limiter.IsLocal);
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("5 requests/s", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2 expected replicas", warning.Message, StringComparison.Ordinal);

        var restarting = System.Diagnostics.Stopwatch.GetTimestamp();
        await server.RestartAsync(ct);
        while (!connection.IsConnected)
        {
            await Task.Delay(50, ct);
        }

        // Shared again, and the recovery is logged once. The restarted (empty) store would start a full bucket while the
        // API's was spent meanwhile: the shared bucket starts after the local queue (one local interval here), empty.
        // Redis counts in real time: the wait shrinks by the real time the restart took (26 ms under CI load once).
        var back = await limiter.ReserveAsync();
        var realElapsed = System.Diagnostics.Stopwatch.GetElapsedTime(restarting).TotalSeconds;
        Assert.False(limiter.IsLocal);
        Assert.NotNull(back);
        Assert.InRange(back.Value, Math.Max(0, interval.TotalSeconds - realElapsed) * 0.9, 1);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("answers again", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_setting_the_registry_hands_out_the_in_process_limiter()
    {
        var options = TestData.Options();

        var limiter = ClientRateLimiterRegistry.GetOrCreate(options, new FakeTimeProvider(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        Assert.IsType<ClientRateLimiter>(limiter);
    }

    [Fact(Timeout = 60_000)]
    public async Task With_the_setting_the_registry_hands_out_the_shared_limiter()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        var options = TestData.Options(o => o.RedisConfiguration = server.Configuration);

        var limiter = ClientRateLimiterRegistry.GetOrCreate(options, new FakeTimeProvider(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        var shared = Assert.IsType<RedisClientRateLimiter>(limiter);
        ct.ThrowIfCancellationRequested();
        Assert.Equal(0, await shared.ReserveAsync());
    }

    [Fact]
    public void An_unreadable_configuration_string_fails_validation_naming_the_setting_not_the_password()
    {
        var options = TestData.Options(o => o.RedisConfiguration = "127.0.0.1:6379,password=redis-PASS-8kq,connectTimeout=soon");

        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => OffresEmploiOptionsCustomValidator.ThrowIfInvalid(options));

        var failure = Assert.Single(ex.Failures);
        Assert.Contains("RedisConfiguration", failure, StringComparison.Ordinal);
        Assert.Contains("OFFRES_EMPLOI_REDIS", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("redis-PASS-8kq", ex.ToString(), StringComparison.Ordinal);
    }

    private static void AssertAbout(TimeSpan expected, TimeSpan actual) =>
        Assert.InRange(actual.TotalMilliseconds, expected.TotalMilliseconds - 1, expected.TotalMilliseconds + 1);
}
