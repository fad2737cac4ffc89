using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OffresEmploi.Mcp;

/// <summary>Streamable HTTP at <c>/mcp</c>, on 127.0.0.1 by default, behind an optional bearer token.</summary>
internal static class HttpServer
{
    public const string Path = "/mcp";

    public static async Task RunAsync(ServerCommandLine commandLine, ServerComponents components, TextWriter log, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(commandLine.Host, commandLine.Port));
        // Stateless: no session to keep, so any instance can answer any request and nothing leaks between clients.
        builder.Services.AddOffresEmploiMcp(components).WithHttpTransport(options => options.Stateless = true);

        await using var app = builder.Build();
        if (commandLine.Token is { } token)
        {
            app.Use(new BearerToken(token).InvokeAsync);
        }

        app.MapMcp(Path);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            await log.WriteLineAsync($"Listening on {address}{Path}{(commandLine.Token is null ? "" : " (bearer token required)")}").ConfigureAwait(false);
        }

        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }
}
