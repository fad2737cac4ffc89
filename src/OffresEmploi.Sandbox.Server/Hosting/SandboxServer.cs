using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Diagnostics;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.Hosting;

/// <summary>
/// The sandbox as a real HTTP server (Kestrel), answering the API's paths on the given addresses
/// with the same core as <see cref="SandboxHttpMessageHandler"/>.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxCore _core;

    private SandboxServer(WebApplication app, SandboxCore core, IReadOnlyList<Uri> addresses)
    {
        _app = app;
        _core = core;
        Addresses = addresses;
    }

    /// <summary>Gets the addresses the server listens on, with actual ports (a requested port 0 is resolved).</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>Gets the API base address on the first listening address, e.g. <c>http://127.0.0.1:5080/partenaire/offresdemploi/</c>.</summary>
    public Uri BaseAddress => new(Addresses[0], "partenaire/offresdemploi/");

    /// <summary>Gets the token endpoint on the first listening address, with its <c>realm</c> query.</summary>
    public Uri TokenEndpoint => new(Addresses[0], "connexion/oauth2/access_token?realm=%2Fpartenaire");

    /// <summary>Gets the corpus' "today": day 0's, whatever <see cref="SandboxOptions.Day"/> is.</summary>
    public DateTimeOffset Today => _core.Today;

    /// <summary>Gets the corpus the server serves (the market of <see cref="SandboxOptions.Day"/>): the truth to check a
    /// client's copy against (<see cref="OffreCorpus.GetOffres"/>, <see cref="MarketChanges.Between"/>).</summary>
    public OffreCorpus Corpus => _core.Corpus;

    /// <summary>Gets what the server has seen since it started (also served as JSON at <c>GET /_sandbox/stats</c>).</summary>
    public SandboxStatistics Statistics => _core.Statistics;

    /// <summary>Builds the corpus and starts listening.</summary>
    /// <param name="options">The sandbox options.</param>
    /// <param name="urls">The addresses to listen on, e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free port.</param>
    /// <param name="configureLogging">Adjusts logging (the default writes to the console).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The started server; dispose it to stop.</returns>
    public static async Task<SandboxServer> StartAsync(
        SandboxOptions options,
        IEnumerable<string> urls,
        Action<ILoggingBuilder>? configureLogging = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(urls);
        var core = new SandboxCore(options);
        core.EnsureCorpus();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        // One line per request drowns the startup banner; lifetime messages and errors stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failed start is thrown to the caller, who reports it; the host's "Hosting failed to start" would repeat it with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        configureLogging?.Invoke(builder.Logging);
        var app = builder.Build();
        app.Run(context => HttpContextBridge.HandleAsync(context, core));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new SandboxServer(app, core, [.. app.Urls.Select(ToClientAddress)]);
    }

    /// <summary>Wildcard listening addresses (<c>http://+:80</c>, <c>http://[::]:80</c>) are reached through localhost.</summary>
    private static Uri ToClientAddress(string listening)
    {
        foreach (var wildcard in (string[])["://+:", "://*:", "://[::]:", "://0.0.0.0:"])
        {
            listening = listening.Replace(wildcard, "://localhost:", StringComparison.Ordinal);
        }

        return new Uri(listening);
    }

    /// <summary>Waits until the host is asked to stop (Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>).</summary>
    /// <param name="cancellationToken">Stops waiting and shuts the server down.</param>
    /// <returns>A task completing at shutdown.</returns>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening, letting requests in progress finish.</summary>
    /// <param name="cancellationToken">Makes the stop less graceful.</param>
    /// <returns>A task completing when stopped.</returns>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
