using System.Diagnostics;
using System.Globalization;
using OffresEmploi.Sdk;

namespace OffresEmploi.Testing.Load;

/// <summary>
/// The real MCP server (<c>dotnet OffresEmploi.Mcp.dll --http --port 0</c>) as a separate process, pointed at the
/// sandbox through the environment variables it honours, as a deployment would configure it.
/// </summary>
internal sealed class McpServerProcess : IAsyncDisposable
{
    private const string ListeningPrefix = "Listening on ";
    private readonly Process _process;
    private readonly Task _drain;
    private int _sharedStateWarnings;

    private McpServerProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;

        // Keep reading both pipes, or the server blocks once a pipe buffer fills.
        _drain = Task.WhenAll(DrainAsync(process.StandardError, CountSharedStateWarning), DrainAsync(process.StandardOutput, null));
    }

    public Uri Endpoint { get; }

    /// <summary>Gets how many warnings the server logged that a shared store (Redis) could not be reached.</summary>
    public int SharedStateWarnings => Volatile.Read(ref _sharedStateWarnings);

    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "OffresEmploi.Mcp.dll");

    /// <summary>Gets the server's process id (for /proc/&lt;id&gt;/maps: which assemblies it loaded).</summary>
    public int ProcessId => _process.Id;

    public static async Task<McpServerProcess> StartAsync(Uri apiBase, Uri tokenEndpoint, string clientId, string clientSecret, double rate, IReadOnlyDictionary<string, string> extraEnvironment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])[DllPath, "--http", "--port", "0"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[OffresEmploiOptions.ClientIdVariable] = clientId;
        start.Environment[OffresEmploiOptions.ClientSecretVariable] = clientSecret;
        start.Environment[OffresEmploiOptions.BaseAddressVariable] = apiBase.AbsoluteUri;
        start.Environment[OffresEmploiOptions.TokenEndpointVariable] = tokenEndpoint.AbsoluteUri;
        start.Environment[OffresEmploiOptions.RequestsPerSecondVariable] = rate.ToString(CultureInfo.InvariantCulture);
        start.Environment["OFFRES_EMPLOI_MCP_TOKEN"] = "";
        foreach (var (name, value) in extraEnvironment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        try
        {
            while (await process.StandardError.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
                {
                    return new McpServerProcess(process, new Uri(line[ListeningPrefix.Length..].Split(' ')[0]));
                }
            }

            throw new InvalidOperationException($"The MCP server exited before listening (exit code {(process.HasExited ? process.ExitCode : -1)}).");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Kills the server at once, as a crash or an evicted container would end it: no graceful shutdown.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _drain;
        _process.Dispose();
    }

    private void CountSharedStateWarning(string line)
    {
        // The SDK's warnings when the rate limiter or the store of tokens and referentiels goes local.
        if (line.Contains("cannot be reached", StringComparison.Ordinal) && line.Contains("Redis", StringComparison.Ordinal))
        {
            _ = Interlocked.Increment(ref _sharedStateWarnings);
        }
    }

    private static async Task DrainAsync(StreamReader reader, Action<string>? onLine)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            onLine?.Invoke(line);
        }
    }
}
