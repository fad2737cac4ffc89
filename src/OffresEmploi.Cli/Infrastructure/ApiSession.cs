using OffresEmploi.Cli.Settings;
using OffresEmploi.Sandbox;
using OffresEmploi.Sdk;
using Spectre.Console;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>A client for one command: the real API when credentials are set, else the in-process sandbox.</summary>
internal sealed class ApiSession : IDisposable
{
    private readonly HttpMessageHandler? _ownedHandler;

    private ApiSession(OffresEmploiClient client, bool isSandbox, string? sandboxReason, HttpMessageHandler? ownedHandler)
    {
        Client = client;
        IsSandbox = isSandbox;
        SandboxReason = sandboxReason;
        _ownedHandler = ownedHandler;
    }

    /// <summary>The SDK client.</summary>
    public OffresEmploiClient Client { get; }

    /// <summary>Whether the data comes from the sandbox.</summary>
    public bool IsSandbox { get; }

    /// <summary>Why the sandbox is used ("--sandbox", "no credentials set"), for the notice line.</summary>
    public string? SandboxReason { get; }

    /// <summary>Opens a session and writes the sandbox notice when it applies.</summary>
    /// <param name="context">The CLI context.</param>
    /// <param name="settings">The command's settings (<c>--sandbox</c>).</param>
    /// <returns>The session.</returns>
    public static ApiSession Open(CliContext context, GlobalSettings settings)
    {
        var clientId = NonEmpty(context.GetEnvironmentVariable(OffresEmploiOptions.ClientIdVariable));
        var clientSecret = NonEmpty(context.GetEnvironmentVariable(OffresEmploiOptions.ClientSecretVariable));
        var session = settings.Sandbox || clientId is null || clientSecret is null
            ? OpenSandbox(context, settings.Sandbox ? "--sandbox" : "no OFFRES_EMPLOI_CLIENT_ID/SECRET set")
            : OpenApi(context, clientId, clientSecret);
        if (session.IsSandbox)
        {
            context.Error.MarkupLine($"[dim]Sandbox data: offline simulator ({Markup.Escape(session.SandboxReason!)}).[/]");
        }

        return session;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Client.Dispose();
        _ownedHandler?.Dispose();
    }

    private static ApiSession OpenSandbox(CliContext context, string reason)
    {
        var options = new OffresEmploiOptions
        {
            ClientId = SandboxDefaults.ClientId,
            ClientSecret = SandboxDefaults.ClientSecret,
            BaseAddress = SandboxDefaults.BaseAddress,
            TokenEndpoint = SandboxDefaults.TokenEndpoint,

            // The in-process sandbox has no quota; pacing would only slow harvests down.
            RequestsPerSecond = 0,
        };
        var handler = context.CreateSandboxHandler();
        var client = new OffresEmploiClient(options, handler, context.TimeProvider);
        return new ApiSession(client, isSandbox: true, reason, context.OwnsSandboxHandler ? handler : null);
    }

    private static ApiSession OpenApi(CliContext context, string clientId, string clientSecret)
    {
        var options = new OffresEmploiOptions { ClientId = clientId, ClientSecret = clientSecret };
        if (NonEmpty(context.GetEnvironmentVariable(OffresEmploiOptions.BaseAddressVariable)) is { } baseUrl)
        {
            options.BaseAddress = ParseUrl(baseUrl, OffresEmploiOptions.BaseAddressVariable, trailingSlash: true);
        }

        if (NonEmpty(context.GetEnvironmentVariable(OffresEmploiOptions.TokenEndpointVariable)) is { } tokenUrl)
        {
            options.TokenEndpoint = ParseUrl(tokenUrl, OffresEmploiOptions.TokenEndpointVariable, trailingSlash: false);
        }

        var client = new OffresEmploiClient(options, context.ApiHandler, context.TimeProvider);
        return new ApiSession(client, isSandbox: false, sandboxReason: null, ownedHandler: null);
    }

    private static Uri ParseUrl(string value, string variable, bool trailingSlash)
    {
        // Without its trailing slash, a base address would lose its last segment when "v2/offres/search" is resolved.
        var text = trailingSlash && !value.EndsWith('/') ? value + "/" : value;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new UsageException($"{variable} is not an absolute URL.");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
