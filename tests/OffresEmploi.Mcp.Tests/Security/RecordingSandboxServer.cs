using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Faults;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Mcp.Tests.Security;

/// <summary>
/// The sandbox on a loopback port, with one client of distinctive credentials and optional faults; every access token
/// it issues is told to the sweep (the sandbox draws them at random, and the MCP server runs in another process).
/// </summary>
internal sealed class RecordingSandboxServer : IAsyncDisposable
{
    public const string ClientId = "mcp-sweep-client";

    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _sandbox;
    private readonly TaskCompletionSource _firstTokenIssued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RecordingSandboxServer(WebApplication app, HttpMessageInvoker sandbox, Uri address)
    {
        _app = app;
        _sandbox = sandbox;
        Address = address;
    }

    public Uri Address { get; }

    public Uri BaseAddress => new(Address, "partenaire/offresdemploi/");

    public Uri TokenEndpoint => new(Address, "connexion/oauth2/access_token");

    public int Issued { get; private set; }

    /// <summary>Gets a task that completes when the first access token has been issued.</summary>
    public Task FirstTokenIssued => _firstTokenIssued.Task;

    public static async Task<RecordingSandboxServer> StartAsync(string secret, string faults, SecretSweep sweep, CancellationToken cancellationToken)
    {
        var options = new SandboxOptions { CorpusSize = 3_000, Seed = 42, Now = new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero), Faults = FaultProfile.Parse(faults) };
        options.Clients.Clear();
        options.Clients[ClientId] = secret;
        var sandbox = new HttpMessageInvoker(new SandboxHttpMessageHandler(options));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        RecordingSandboxServer? server = null;
        app.Run(context => server!.ForwardAsync(context, sweep));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new RecordingSandboxServer(app, sandbox, new Uri(address + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _sandbox.Dispose();
    }

    private async Task ForwardAsync(HttpContext context, SecretSweep sweep)
    {
        var target = new Uri(SandboxDefaults.BaseAddress, context.Request.Path + context.Request.QueryString);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), target);
        if (context.Request.ContentLength is > 0 || context.Request.ContentType is not null)
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            request.Content = new ByteArrayContent(buffer.ToArray());
            if (context.Request.ContentType is { } type)
            {
                _ = request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        if (context.Request.Headers.Authorization is { Count: > 0 } authorization)
        {
            _ = request.Headers.TryAddWithoutValidation("Authorization", authorization.ToString());
        }

        using var response = await _sandbox.SendAsync(request, context.RequestAborted);
        var body = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        if (context.Request.Path.Value!.EndsWith("/access_token", StringComparison.Ordinal) && response.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(body);
            sweep.AddToken(json.RootElement.GetProperty("access_token").GetString()!);
            Issued++;
            _firstTokenIssued.TrySetResult();
        }

        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && !string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
