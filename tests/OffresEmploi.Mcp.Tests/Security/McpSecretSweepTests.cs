using System.Collections.Concurrent;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Mcp.Tests.Security;

/// <summary>
/// The secret sweep over the MCP server process, configured with explicit credentials against a sandbox on loopback:
/// every tool result (texts, structured content, the whole JSON-RPC result) and every line the server writes to stderr
/// is searched for the client secret and the tokens it was issued.
/// </summary>
public sealed class McpSecretSweepTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly (string Tool, Dictionary<string, object?> Arguments)[] Calls =
    [
        ("resolve_location", new() { ["query"] = "Annecy" }),
        ("search_offers", new() { ["keywords"] = "boulanger", ["page_size"] = 5 }),
        ("search_offers", new() { ["location"] = "Bretagne", ["contract"] = "CDI", ["page_size"] = 3 }),
        ("lookup_referentiel", new() { ["name"] = "typesContrats" }),
        ("lookup_referentiel", new() { ["name"] = "communes", ["query"] = "annecy", ["limit"] = 3 }),
        ("summarize_market", new() { ["location"] = "74" }),
        ("get_offer", new() { ["id"] = "ZZZ9999" }),
        ("search_offers", new() { ["page_size"] = "lots" }),
        ("get_offer", new() { ["id"] = "../token" }),
    ];

    [Theory]
    [InlineData("right secret", "none")]
    [InlineData("right secret, unstable + revocations", "unstable,revoke=every:4,latency=0ms-3ms,retry-after=0ms")]
    [InlineData("wrong secret", "none")]
    public async Task ToolResultsAndServerLog_HoldNoSecret(string scenario, string faults)
    {
        var secret = "mcp-SECRET-" + Guid.NewGuid().ToString("N")[..16];
        using var sweep = new SecretSweep(secret);
        await using var sandbox = await RecordingSandboxServer.StartAsync(secret, faults, sweep, Ct);
        var presented = scenario == "wrong secret" ? "mcp-WRONG-" + Guid.NewGuid().ToString("N")[..16] : secret;
        sweep.AddSecret(presented, "presented client secret");
        var stderr = new ConcurrentQueue<string>();

        var results = new List<CallToolResult>();
        await using (var client = await McpClient.CreateAsync(
            new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = "offres-emploi-mcp",
                Command = "dotnet",
                Arguments = [ServerProcess.DllPath],
                EnvironmentVariables = new Dictionary<string, string?>
                {
                    ["OFFRES_EMPLOI_CLIENT_ID"] = RecordingSandboxServer.ClientId,
                    ["OFFRES_EMPLOI_CLIENT_SECRET"] = presented,
                    ["OFFRES_EMPLOI_BASE_URL"] = sandbox.BaseAddress.ToString(),
                    ["OFFRES_EMPLOI_TOKEN_URL"] = sandbox.TokenEndpoint.ToString(),
                    ["OFFRES_EMPLOI_MCP_TOKEN"] = "",
                },
                StandardErrorLines = stderr.Enqueue,
            }),
            cancellationToken: Ct))
        {
            sweep.Add(SweepChannel.ToolResult, client.ServerInstructions);
            foreach (var (tool, arguments) in Calls)
            {
                var result = await client.CallToolAsync(tool, arguments, cancellationToken: Ct);
                results.Add(result);
                sweep.Add(SweepChannel.ToolResult, JsonSerializer.Serialize(result, McpJsonUtilities.DefaultOptions));
                sweep.Add(SweepChannel.ToolResult, result.StructuredContent?.GetRawText());
                foreach (var block in result.Content.OfType<TextContentBlock>())
                {
                    sweep.Add(SweepChannel.ToolResult, block.Text);
                }
            }
        }

        foreach (var line in stderr)
        {
            sweep.Add(SweepChannel.ServerLog, line);
        }

        if (scenario == "wrong secret")
        {
            Assert.Equal(0, sandbox.Issued);
            Assert.Contains(results, r => r.IsError == true && r.Content.OfType<TextContentBlock>().Any(b => b.Text.Contains("France Travail refused the credentials (invalid_client)", StringComparison.Ordinal)));
        }
        else
        {
            Assert.True(sandbox.Issued >= 1);
            Assert.Contains(results, r => r.IsError != true && r.StructuredContent is not null);
        }

        Assert.Contains(results, r => r.IsError == true);
        SweepReport.Write("MCP " + scenario, sweep);
        sweep.AssertClean(SweepChannel.ToolResult, SweepChannel.ServerLog);
    }
}
