using OffresEmploi.Testing.Redis;
using StackExchange.Redis;

namespace OffresEmploi.Sdk.Tests.Redis;

/// <summary>
/// The test helper the shared-state tests stand on: a private redis-server that StackExchange.Redis reaches, that
/// stops answering when stopped and answers again, on the same configuration string, once restarted.
/// </summary>
public sealed class RedisServerTests
{
    [Fact(Timeout = 60_000)]
    public async Task Commands_work_fail_while_stopped_and_work_again_after_a_restart()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: cancellationToken);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(
            server.Configuration + ",abortConnect=false,connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000");
        var database = connection.GetDatabase();

        Assert.True(await database.StringSetAsync("offres:test", "un"));
        Assert.Equal("un", (string?)await database.StringGetAsync("offres:test"));

        await server.StopAsync(cancellationToken);
        Assert.False(server.IsRunning);
        await Assert.ThrowsAnyAsync<RedisException>(() => database.StringGetAsync("offres:test"));

        await server.RestartAsync(cancellationToken);
        Assert.True(server.IsRunning);

        // The multiplexer reconnects on its own heartbeat: poll, bounded by the test's timeout.
        while (!connection.IsConnected)
        {
            await Task.Delay(50, cancellationToken);
        }

        // Nothing was persisted: the restarted server is empty, and takes writes again.
        Assert.False((await database.StringGetAsync("offres:test")).HasValue);
        Assert.True(await database.StringSetAsync("offres:test", "deux"));
        Assert.Equal("deux", (string?)await database.StringGetAsync("offres:test"));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_password_is_required_by_the_server_and_carried_by_the_configuration()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(password: "mot-de-passe-redis", cancellationToken);

        await using (var authenticated = await ConnectionMultiplexer.ConnectAsync(server.Configuration))
        {
            Assert.Equal("ok", (string?)await authenticated.GetDatabase().ExecuteAsync("ECHO", "ok"));
        }

        var anonymous = $"127.0.0.1:{server.Port},abortConnect=false,connectTimeout=2000";
        await using var refused = await ConnectionMultiplexer.ConnectAsync(anonymous);
        await Assert.ThrowsAnyAsync<RedisException>(() => refused.GetDatabase().StringGetAsync("offres:test"));
    }
}
