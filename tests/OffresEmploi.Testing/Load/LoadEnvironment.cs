using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Hosting;
using OffresEmploi.Sdk;
using OffresEmploi.Testing.Redis;

namespace OffresEmploi.Testing.Load;

/// <summary>The servers of a run: the sandbox (the API side) and the MCP server replicas under load; started here unless given.</summary>
internal sealed class LoadEnvironment : IAsyncDisposable
{
    private readonly SandboxServer? _sandbox;
    private readonly IReadOnlyList<McpServerProcess> _replicas;

    private LoadEnvironment(SandboxServer? sandbox, IReadOnlyList<McpServerProcess> replicas, Uri sandboxAddress, IReadOnlyList<Uri> mcpEndpoints, ApiSideCounts? beforeServer = null, RedisServer? redis = null)
    {
        _sandbox = sandbox;
        Redis = redis;
        _replicas = replicas;
        SandboxAddress = sandboxAddress;
        McpEndpoints = mcpEndpoints;
        BeforeServer = beforeServer;
    }

    public Uri SandboxAddress { get; }

    /// <summary>Gets the redis-server the replicas share (<see cref="LoadOptions.SharedRedis"/>), or null.</summary>
    public RedisServer? Redis { get; }

    /// <summary>Gets the replicas started here, by index.</summary>
    public IReadOnlyList<McpServerProcess> Replicas => _replicas;

    /// <summary>Gets the <c>/mcp</c> URL of each replica, by replica index.</summary>
    public IReadOnlyList<Uri> McpEndpoints { get; }

    /// <summary>
    /// Gets the API side's counts just before the MCP servers were started here (null when one was given): a server
    /// gets its access token as it starts, so counts read once it listens would miss that request.
    /// </summary>
    public ApiSideCounts? BeforeServer { get; }

    /// <summary>When the replicas started here began to start (a <see cref="Stopwatch"/> timestamp): each fetches its first
    /// token while starting, so the tokens counted from <see cref="BeforeServer"/> span from then, not from the first call.</summary>
    public long? ReplicasStarting { get; private init; }

    public static async Task<LoadEnvironment> StartAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        if (options.McpEndpoint is { } endpoint)
        {
            return new LoadEnvironment(null, [], options.SandboxAddress!, [endpoint]);
        }

        SandboxServer? sandbox = null;
        RedisServer? redis = null;
        var replicas = new List<McpServerProcess>(options.Replicas);
        try
        {
            Uri sandboxAddress, apiBase, tokenEndpoint;
            if (options.SandboxAddress is { } external)
            {
                sandboxAddress = external;
                apiBase = new Uri(external, "partenaire/offresdemploi/");
                tokenEndpoint = new Uri(external, "connexion/oauth2/access_token?realm=%2Fpartenaire");
            }
            else
            {
                var sandboxOptions = new SandboxOptions
                {
                    CorpusSize = options.CorpusSize,
                    Seed = options.Seed,
                    RateLimit = options.Rate,
                    Burst = options.EffectiveBurst,
                    TokenLifetime = options.TokenLifetime,
                };
                sandbox = await SandboxServer.StartAsync(sandboxOptions, ["http://127.0.0.1:0"], l => l.ClearProviders(), cancellationToken);
                sandboxAddress = sandbox.Addresses[0];
                apiBase = sandbox.BaseAddress;
                tokenEndpoint = sandbox.TokenEndpoint;
            }

            var environment = new Dictionary<string, string>(options.ReplicaEnvironment);
            if (options.SharedRedis)
            {
                // As docs/deploy.md sets it: the fallback divides the quota by the number of replicas.
                redis = await RedisServer.StartAsync(cancellationToken: cancellationToken);
                environment[OffresEmploiOptions.RedisVariable] = redis.Configuration;
                environment[OffresEmploiOptions.RedisFallbackReplicasVariable] = options.Replicas.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            using var http = new HttpClient();
            var beforeServer = await ApiSideCounts.ReadAsync(http, sandboxAddress, cancellationToken);
            var replicasStarting = Stopwatch.GetTimestamp();

            // Every replica holds the same client id and the whole quota, as copies of one deployment would.
            for (var i = 0; i < options.Replicas; i++)
            {
                replicas.Add(await McpServerProcess.StartAsync(apiBase, tokenEndpoint, SandboxDefaults.ClientId, SandboxDefaults.ClientSecret, options.Rate, environment, cancellationToken));
            }

            return new LoadEnvironment(sandbox, replicas, sandboxAddress, replicas.Select(r => r.Endpoint).ToList(), beforeServer, redis) { ReplicasStarting = replicasStarting };
        }
        catch
        {
            await DisposeAllAsync(replicas, sandbox, redis);
            throw;
        }
    }

    /// <summary>Kills one replica started here, at once.</summary>
    public void Kill(int replica) => _replicas[replica].Kill();

    public ValueTask DisposeAsync() => DisposeAllAsync(_replicas, _sandbox, Redis);

    private static async ValueTask DisposeAllAsync(IReadOnlyList<McpServerProcess> replicas, SandboxServer? sandbox, RedisServer? redis)
    {
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }

        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }

        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }
}
