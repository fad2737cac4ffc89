using Microsoft.Extensions.Logging;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Hosting;

namespace OffresEmploi.Testing.Load;

/// <summary>The two servers of a run: the sandbox (the API side) and the MCP server under load; started here unless given.</summary>
internal sealed class LoadEnvironment : IAsyncDisposable
{
    private readonly SandboxServer? _sandbox;
    private readonly McpServerProcess? _mcp;

    private LoadEnvironment(SandboxServer? sandbox, McpServerProcess? mcp, Uri sandboxAddress, Uri mcpEndpoint, ApiSideCounts? beforeServer = null)
    {
        _sandbox = sandbox;
        _mcp = mcp;
        SandboxAddress = sandboxAddress;
        McpEndpoint = mcpEndpoint;
        BeforeServer = beforeServer;
    }

    public Uri SandboxAddress { get; }

    public Uri McpEndpoint { get; }

    /// <summary>
    /// Gets the API side's counts just before the MCP server was started here (null when it was given): the server gets
    /// its access token as it starts, so counts read once it listens would miss that request.
    /// </summary>
    public ApiSideCounts? BeforeServer { get; }

    public static async Task<LoadEnvironment> StartAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        if (options.McpEndpoint is { } endpoint)
        {
            return new LoadEnvironment(null, null, options.SandboxAddress!, endpoint);
        }

        SandboxServer? sandbox = null;
        try
        {
            Uri sandboxAddress, apiBase, tokenEndpoint;
            if (options.SandboxAddress is { } external)
            {
                sandboxAddress = external;
                apiBase = new Uri(external, "partenaire/offresdemploi/");
                tokenEndpoint = new Uri(external, "connexion/oauth2/access_token?realm=%2Fpartenaire");
            }
            else
            {
                var sandboxOptions = new SandboxOptions
                {
                    CorpusSize = options.CorpusSize,
                    Seed = options.Seed,
                    RateLimit = options.Rate,
                    Burst = options.EffectiveBurst,
                    TokenLifetime = options.TokenLifetime,
                };
                sandbox = await SandboxServer.StartAsync(sandboxOptions, ["http://127.0.0.1:0"], l => l.ClearProviders(), cancellationToken);
                sandboxAddress = sandbox.Addresses[0];
                apiBase = sandbox.BaseAddress;
                tokenEndpoint = sandbox.TokenEndpoint;
            }

            using var http = new HttpClient();
            var beforeServer = await ApiSideCounts.ReadAsync(http, sandboxAddress, cancellationToken);
            var mcp = await McpServerProcess.StartAsync(apiBase, tokenEndpoint, SandboxDefaults.ClientId, SandboxDefaults.ClientSecret, options.Rate, cancellationToken);
            return new LoadEnvironment(sandbox, mcp, sandboxAddress, mcp.Endpoint, beforeServer);
        }
        catch
        {
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_mcp is not null)
        {
            await _mcp.DisposeAsync();
        }

        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }
}
