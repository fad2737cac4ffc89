using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sandbox.Hosting;

namespace OffresEmploi.Mcp;

/// <summary>Streamable HTTP at <c>/mcp</c>, on 127.0.0.1 by default, behind an optional bearer token.</summary>
internal static class HttpServer
{
    public const string Path = "/mcp";

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled or the host stops.</summary>
    /// <param name="commandLine">The address, port and token.</param>
    /// <param name="components">The tools, prompts and resources.</param>
    /// <param name="banner">The start-up line, written once listening, so a port that cannot be used is a single line.</param>
    /// <param name="log">Where human-readable lines go (stderr).</param>
    /// <param name="loggerFactory">The server's logging (<see cref="ServerLogging"/>), shared with the SDK client.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>The exit code: 0 after a normal stop, <see cref="ListenFailure.ExitCode"/> when the port cannot be used.</returns>
    public static async Task<int> RunAsync(ServerCommandLine commandLine, ServerComponents components, string banner, TextWriter log, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        ServerLogging.UseFactory(builder.Logging, loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(commandLine.Host, commandLine.Port));
        // Stateless: no session to keep, so any instance can answer any request and nothing leaks between clients.
        builder.Services.AddOffresEmploiMcp(components).WithHttpTransport(options => options.Stateless = true);

        await using var app = builder.Build();
        if (commandLine.Token is { } token)
        {
            app.Use(new BearerToken(token).InvokeAsync);
        }

        app.MapMcp(Path);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ListenFailure.TryDescribe(e, out var reason))
        {
            await log.WriteLineAsync(commandLine.ListenError(reason)).ConfigureAwait(false);
            return ListenFailure.ExitCode;
        }

        await log.WriteLineAsync(banner).ConfigureAwait(false);
        foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            await log.WriteLineAsync($"Listening on {address}{Path}{(commandLine.Token is null ? "" : " (bearer token required)")}").ConfigureAwait(false);
        }

        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
