using System.Diagnostics;
using ModelContextProtocol.Client;

namespace OffresEmploi.Mcp.Tests;

/// <summary>Starts the built server as a separate process, with no France Travail credentials (so on the sandbox).</summary>
internal static class ServerProcess
{
    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "OffresEmploi.Mcp.dll");

    public static readonly IReadOnlyDictionary<string, string?> NoCredentials = new Dictionary<string, string?>
    {
        ["OFFRES_EMPLOI_CLIENT_ID"] = "",
        ["OFFRES_EMPLOI_CLIENT_SECRET"] = "",
        ["OFFRES_EMPLOI_MCP_TOKEN"] = "",
    };

    public static Task<McpClient> ConnectStdioAsync(CancellationToken cancellationToken) =>
        McpClient.CreateAsync(
            new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = "offres-emploi-mcp",
                Command = "dotnet",
                Arguments = [DllPath],
                EnvironmentVariables = new Dictionary<string, string?>(NoCredentials),
            }),
            cancellationToken: cancellationToken);

    /// <summary>Starts <c>--http --port 0</c> and waits for the "Listening on" line to learn the address.</summary>
    public static async Task<(Process Process, Uri Endpoint)> StartHttpAsync(string? token, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { DllPath, "--http", "--port", "0" }.Concat(token is null ? [] : ["--token", token]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in NoCredentials)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        while (await process.StandardError.ReadLineAsync(cancellationToken) is { } line)
        {
            const string Prefix = "Listening on ";
            if (line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return (process, new Uri(line[Prefix.Length..].Split(' ')[0]));
            }
        }

        process.Kill();
        throw new InvalidOperationException("The server exited before listening.");
    }
}
