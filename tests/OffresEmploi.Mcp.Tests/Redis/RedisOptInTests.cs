using Microsoft.Extensions.Logging;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Hosting;
using OffresEmploi.Sdk;
using OffresEmploi.Testing.Load;
using OffresEmploi.Testing.Redis;

namespace OffresEmploi.Mcp.Tests.Redis;

/// <summary>
/// Shared state is opt-in: the real HTTP server, started as a deployment would start it, maps the StackExchange.Redis
/// assembly only when <c>OFFRES_EMPLOI_REDIS</c> is set (read from /proc/&lt;pid&gt;/maps, where the runtime maps every
/// assembly it loads).
/// </summary>
public sealed class RedisOptInTests
{
    private const string RedisAssembly = "StackExchange.Redis.dll";

    [Fact(Timeout = 120_000)]
    public async Task The_server_loads_StackExchange_Redis_only_when_OFFRES_EMPLOI_REDIS_is_set()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Assert.SkipUnless(File.Exists("/proc/self/maps"), "needs Linux /proc");
        await using var sandbox = await SandboxServer.StartAsync(
            new SandboxOptions { CorpusSize = 200, RateLimit = 10 }, ["http://127.0.0.1:0"], l => l.ClearProviders(), cancellationToken);
        await using var redis = await RedisServer.StartAsync(cancellationToken: cancellationToken);

        var without = await MappedAsync(sandbox, new Dictionary<string, string>(), cancellationToken);
        var with = await MappedAsync(sandbox, new Dictionary<string, string> { [OffresEmploiOptions.RedisVariable] = redis.Configuration }, cancellationToken);

        Assert.Contains("OffresEmploi.Sdk.dll", without, StringComparison.Ordinal);
        Assert.DoesNotContain(RedisAssembly, without, StringComparison.Ordinal);
        Assert.Contains(RedisAssembly, with, StringComparison.Ordinal);
    }

    /// <summary>Starts the server with credentials for the sandbox and pacing on, and returns its memory map once it listens.</summary>
    private static async Task<string> MappedAsync(SandboxServer sandbox, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        await using var server = await McpServerProcess.StartAsync(
            sandbox.BaseAddress, sandbox.TokenEndpoint, SandboxDefaults.ClientId, SandboxDefaults.ClientSecret, rate: 10, environment, cancellationToken);
        return await File.ReadAllTextAsync($"/proc/{server.ProcessId}/maps", cancellationToken);
    }
}
