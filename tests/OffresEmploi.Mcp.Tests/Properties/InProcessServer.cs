using System.IO.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OffresEmploi.Sandbox;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.AI;

namespace OffresEmploi.Mcp.Tests.Properties;

/// <summary>
/// The real MCP server (the same registration as <c>offres-emploi-mcp</c>: tools, prompts, resources) and the MCP SDK's
/// client, joined by two in-memory pipes: the full JSON-RPC path without a process, so thousands of calls stay fast.
/// </summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly OffresEmploiClient _api;

    private InProcessServer(IHost host, OffresEmploiClient api, McpClient client, IReadOnlyList<OffresEmploiTool> tools)
    {
        _host = host;
        _api = api;
        Client = client;
        Tools = tools;
    }

    public McpClient Client { get; }

    public IReadOnlyList<OffresEmploiTool> Tools { get; }

    public static async Task<InProcessServer> StartAsync(CancellationToken cancellationToken)
    {
        var api = SandboxClientFactory.Create(new SandboxClientOptions
        {
            Sandbox = new SandboxOptions { CorpusSize = 5_000, Seed = 42, Now = new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero) },
        });
        var tools = OffresEmploiTools.Create(api, new OffresEmploiToolsOptions { Notice = ServerInstructions.SandboxNotice });
        var components = new ServerComponents(tools, new ReferentielResources((_, _) => Task.FromResult("[]")), IsSandbox: true);

        var toServer = new Pipe();
        var toClient = new Pipe();
        var builder = Host.CreateEmptyApplicationBuilder(settings: null);
        builder.Services.AddOffresEmploiMcp(components).WithStreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream());
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var client = await McpClient.CreateAsync(
            new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream()),
            cancellationToken: cancellationToken);
        return new InProcessServer(host, api, client, tools);
    }

    public Task<CallToolResult> CallAsync(string tool, IDictionary<string, System.Text.Json.JsonElement> arguments, CancellationToken cancellationToken) =>
        Client.CallToolAsync(new CallToolRequestParams { Name = tool, Arguments = arguments }, cancellationToken).AsTask();

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
        _api.Dispose();
    }
}
