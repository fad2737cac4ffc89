using System.Diagnostics;

namespace OffresEmploi.Testing.Load;

/// <summary>Runs the load: servers up, every client at once, the API side's counts before and after, the report.</summary>
internal static class LoadRunner
{
    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        await using var environment = await LoadEnvironment.StartAsync(options, cancellationToken);
        progress?.WriteLine($"sandbox {environment.SandboxAddress}, MCP server(s) {string.Join(", ", environment.McpEndpoints)}");

        using var http = new HttpClient();
        var before = environment.BeforeServer ?? await ApiSideCounts.ReadAsync(http, environment.SandboxAddress, cancellationToken);

        var killed = false;
        var redisEvents = new List<Task>();
        var router = new ReplicaRouter(
            environment.McpEndpoints,
            options.KillReplicaAfter,
            replica =>
            {
                environment.Kill(replica);
                killed = true;
                progress?.WriteLine($"replica {replica} killed after {options.KillReplicaAfter} calls");
            },
            completed =>
            {
                // Redis stopped, then started again (empty) on its port, as a crash and a restart of its container would.
                if (environment.Redis is { } redis && options.RedisDownAfter > 0)
                {
                    if (completed == options.RedisDownAfter)
                    {
                        lock (redisEvents)
                        {
                            redisEvents.Add(redis.StopAsync(cancellationToken));
                        }

                        progress?.WriteLine($"redis-server stopped after {completed} calls");
                    }
                    else if (completed == options.RedisDownAfter + options.RedisDownFor)
                    {
                        lock (redisEvents)
                        {
                            var stopped = redisEvents[0];
                            redisEvents.Add(Task.Run(async () => { await stopped; await redis.RestartAsync(cancellationToken); }, cancellationToken));
                        }

                        progress?.WriteLine($"redis-server restarted after {completed} calls");
                    }
                }
            });

        // The time bound: past it, clients stop and their remaining calls count as unanswered.
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(options.Timeout);
        var started = Stopwatch.GetTimestamp();
        var clients = Enumerable.Range(0, options.Clients)
            .Select(i => Task.Run(() => new LoadClient(i, router, options).RunAsync(bound.Token), CancellationToken.None))
            .ToList();
        var records = (await Task.WhenAll(clients)).SelectMany(r => r).ToList();
        var duration = Stopwatch.GetElapsedTime(started);
        cancellationToken.ThrowIfCancellationRequested();
        Task[] pending;
        lock (redisEvents)
        {
            pending = [.. redisEvents];
        }

        await Task.WhenAll(pending);
        var sharedKeys = environment.Redis is { IsRunning: true } running ? await running.KeysAsync("offres-emploi:*", cancellationToken) : [];

        var after = await ApiSideCounts.ReadAsync(http, environment.SandboxAddress, cancellationToken);
        var tokenWindow = environment.ReplicasStarting is { } starting ? Stopwatch.GetElapsedTime(starting) : duration;
        return LoadReport.Create(options, records, duration, after.Since(before), killed ? ReplicaRouter.KilledReplica : null, tokenWindow) with
        {
            SharedStateWarnings = [.. environment.Replicas.Select(r => r.SharedStateWarnings)],
            SharedKeys = sharedKeys,
        };
    }
}
