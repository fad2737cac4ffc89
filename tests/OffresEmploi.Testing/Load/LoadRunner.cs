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
        var router = new ReplicaRouter(environment.McpEndpoints, options.KillReplicaAfter, replica =>
        {
            environment.Kill(replica);
            killed = true;
            progress?.WriteLine($"replica {replica} killed after {options.KillReplicaAfter} calls");
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

        var after = await ApiSideCounts.ReadAsync(http, environment.SandboxAddress, cancellationToken);
        var tokenWindow = environment.ReplicasStarting is { } starting ? Stopwatch.GetElapsedTime(starting) : duration;
        return LoadReport.Create(options, records, duration, after.Since(before), killed ? ReplicaRouter.KilledReplica : null, tokenWindow);
    }
}
