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

    private McpServerProcess(Process process, Uri endpoint, Task drain)
    {
        _process = process;
        Endpoint = endpoint;
        _drain = drain;
    }

    public Uri Endpoint { get; }

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
                    // Keep reading both pipes, or the server blocks once a pipe buffer fills.
                    var drain = Task.WhenAll(DrainAsync(process.StandardError), DrainAsync(process.StandardOutput));
                    return new McpServerProcess(process, new Uri(line[ListeningPrefix.Length..].Split(' ')[0]), drain);
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

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is not null)
        {
        }
    }
}
