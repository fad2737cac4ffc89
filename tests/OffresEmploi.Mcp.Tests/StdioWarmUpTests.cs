using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ModelContextProtocol.Client;
using OffresEmploi.Mcp.Tests.Security;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Mcp.Tests;

/// <summary>
/// The server process with credentials: it requests the access token at start, in the background, so the first tool
/// call does not wait for it, and <c>initialize</c> never waits for that request.
/// </summary>
public class StdioWarmUpTests
{
    private static Task<McpClient> ConnectAsync(Uri baseAddress, Uri tokenEndpoint, string clientId, string secret, CancellationToken ct, ConcurrentQueue<string>? stderr = null) =>
        McpClient.CreateAsync(
            new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = "offres-emploi-mcp",
                Command = "dotnet",
                Arguments = [ServerProcess.DllPath],
                EnvironmentVariables = new Dictionary<string, string?>
                {
                    ["OFFRES_EMPLOI_CLIENT_ID"] = clientId,
                    ["OFFRES_EMPLOI_CLIENT_SECRET"] = secret,
                    ["OFFRES_EMPLOI_BASE_URL"] = baseAddress.ToString(),
                    ["OFFRES_EMPLOI_TOKEN_URL"] = tokenEndpoint.ToString(),
                    ["OFFRES_EMPLOI_MCP_TOKEN"] = "",
                },
                StandardErrorLines = stderr is null ? null : stderr.Enqueue,
            }),
            cancellationToken: ct);

    // Timeouts guard against a hang only: each test takes a few seconds, the token request it would hang on 2 minutes.
    [Fact(Timeout = 90_000)]
    public async Task Start_RequestsTheTokenBeforeAnyCall_AndTheFirstSearchesUseIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var secret = "mcp-SECRET-" + Guid.NewGuid().ToString("N")[..16];
        using var sweep = new SecretSweep(secret);
        await using var sandbox = await RecordingSandboxServer.StartAsync(secret, "none", sweep, ct);
        var stderr = new ConcurrentQueue<string>();

        await using (var client = await ConnectAsync(sandbox.BaseAddress, sandbox.TokenEndpoint, RecordingSandboxServer.ClientId, secret, ct, stderr))
        {
            await sandbox.FirstTokenIssued.WaitAsync(ct);
            var first = await client.CallToolAsync("search_offers", new Dictionary<string, object?> { ["keywords"] = "boulanger" }, cancellationToken: ct);
            var second = await client.CallToolAsync("search_offers", new Dictionary<string, object?> { ["location"] = "Annecy" }, cancellationToken: ct);

            Assert.NotEqual(true, first.IsError);
            Assert.NotEqual(true, second.IsError);
            Assert.Equal(1, sandbox.Issued);
        }

        foreach (var line in stderr)
        {
            sweep.Add(SweepChannel.ServerLog, line);
        }

        sweep.AssertClean(SweepChannel.ServerLog);
    }

    [Fact(Timeout = 90_000)]
    public async Task Initialize_IsAnsweredWhileTheTokenRequestIsStillUnanswered()
    {
        var ct = TestContext.Current.CancellationToken;
        // A token endpoint that accepts the connection and never answers: the prefetch stays in its first attempt.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
            var accepted = listener.AcceptTcpClientAsync(ct).AsTask();

            await using var client = await ConnectAsync(new Uri(address, "partenaire/offresdemploi/"), new Uri(address, "connexion/oauth2/access_token"), "some-client", "some-secret", ct);
            using var tokenConnection = await accepted.WaitAsync(ct);
            var request = await ReadRequestHeadAsync(tokenConnection.GetStream(), ct);
            var located = await client.CallToolAsync("resolve_location", new Dictionary<string, object?> { ["query"] = "Annecy" }, cancellationToken: ct);

            Assert.Equal("offres-emploi", client.ServerInfo?.Name);
            Assert.StartsWith("POST /connexion/oauth2/access_token", request, StringComparison.Ordinal);
            // Still the first attempt: the server has not given up on this connection, nor opened another one.
            Assert.False(tokenConnection.Client.Poll(0, SelectMode.SelectRead) && tokenConnection.Available == 0);
            Assert.False(listener.Pending());
            Assert.NotEqual(true, located.IsError);
        }
        finally
        {
            listener.Stop();
        }
    }

    private static async Task<string> ReadRequestHeadAsync(NetworkStream stream, CancellationToken ct)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, ct);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return received.ToString();
    }
}
