using System.Collections.Concurrent;
using ModelContextProtocol.Client;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Mcp.Tests;

/// <summary>
/// The server gives its logger factory to the SDK client: the SDK's own events (retries, an unreachable token
/// endpoint) reach the server's log on stderr, and stdout, which carries the protocol, stays clean.
/// </summary>
public class StdioSdkLoggingTests
{
    [Fact(Timeout = 90_000)]
    public async Task TokenEndpointRefusesConnections_TheSdksLogEventReachesStderr_AndTheProtocolStillWorks()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = LoopbackServers.ClosedPort();
        var stderr = new ConcurrentQueue<string>();
        var sdkEvent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // With credentials, the server requests a token at start (ServerWarmUp): the refused connection is logged by the SDK.
        await using var client = await McpClient.CreateAsync(
            new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = "offres-emploi-mcp",
                Command = "dotnet",
                Arguments = [ServerProcess.DllPath],
                EnvironmentVariables = new Dictionary<string, string?>
                {
                    ["OFFRES_EMPLOI_CLIENT_ID"] = "some-client",
                    ["OFFRES_EMPLOI_CLIENT_SECRET"] = "some-SECRET-9f3c",
                    ["OFFRES_EMPLOI_BASE_URL"] = $"http://127.0.0.1:{port}/partenaire/offresdemploi/",
                    ["OFFRES_EMPLOI_TOKEN_URL"] = $"http://127.0.0.1:{port}/connexion/oauth2/access_token",
                    ["OFFRES_EMPLOI_MCP_TOKEN"] = "",
                },
                StandardErrorLines = line =>
                {
                    stderr.Enqueue(line);
                    if (line.Contains($"127.0.0.1:{port}", StringComparison.Ordinal) && stderr.Any(l => l.Contains("OffresEmploi.Sdk.OffresEmploiClient[", StringComparison.Ordinal)))
                    {
                        sdkEvent.TrySetResult();
                    }
                },
            }),
            cancellationToken: ct);

        await sdkEvent.Task.WaitAsync(ct);
        var tools = await client.ListToolsAsync(cancellationToken: ct);

        Assert.Contains(stderr, l => l.Contains("OffresEmploi.Sdk.OffresEmploiClient[", StringComparison.Ordinal));
        Assert.Contains(stderr, l => l.Contains($"127.0.0.1:{port}", StringComparison.Ordinal));
        Assert.DoesNotContain(stderr, l => l.Contains("some-SECRET-9f3c", StringComparison.Ordinal));
        Assert.Equal(5, tools.Count);
    }
}
