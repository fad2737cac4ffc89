using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OffresEmploi.Mcp;

/// <summary>The default transport: JSON-RPC on stdin/stdout, logs on stderr (stdout carries the protocol).</summary>
internal static class StdioServer
{
    public static async Task RunAsync(ServerComponents components, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        // The empty builder skips appsettings, user secrets and command-line configuration: faster start, nothing to read.
        var builder = Host.CreateEmptyApplicationBuilder(settings: null);
        ServerLogging.UseFactory(builder.Logging, loggerFactory);
        builder.Services.AddOffresEmploiMcp(components).WithStdioServerTransport();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
