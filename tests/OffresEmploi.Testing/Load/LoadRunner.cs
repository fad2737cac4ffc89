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
        progress?.WriteLine($"sandbox {environment.SandboxAddress}, MCP server {environment.McpEndpoint}");

        using var http = new HttpClient();
        var before = environment.BeforeServer ?? await ApiSideCounts.ReadAsync(http, environment.SandboxAddress, cancellationToken);

        // The time bound: past it, clients stop and their remaining calls count as unanswered.
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(options.Timeout);
        var started = Stopwatch.GetTimestamp();
        var clients = Enumerable.Range(0, options.Clients)
            .Select(i => Task.Run(() => new LoadClient(i, environment.McpEndpoint, options).RunAsync(bound.Token), CancellationToken.None))
            .ToList();
        var records = (await Task.WhenAll(clients)).SelectMany(r => r).ToList();
        var duration = Stopwatch.GetElapsedTime(started);
        cancellationToken.ThrowIfCancellationRequested();

        var after = await ApiSideCounts.ReadAsync(http, environment.SandboxAddress, cancellationToken);
        return LoadReport.Create(options, records, duration, after.Since(before));
    }
}
