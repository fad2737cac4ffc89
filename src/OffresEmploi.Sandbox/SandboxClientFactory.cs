using Microsoft.Extensions.Logging;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk;

namespace OffresEmploi.Sandbox;

/// <summary>
/// Creates an <see cref="OffresEmploiClient"/> over the in-process sandbox in one call: the sandbox's credentials and
/// addresses (<see cref="SandboxDefaults"/>), pacing off, and a <see cref="SandboxHttpMessageHandler"/> as transport.
/// </summary>
/// <remarks>
/// The one place where a client is wired to the in-process sandbox: the CLI and the MCP server without credentials,
/// the tests and the benchmarks all go through it.
/// </remarks>
public static class SandboxClientFactory
{
    /// <summary>Creates the options of a client of the in-process sandbox: its default client id and secret, its
    /// addresses, and pacing off (the in-process sandbox has no quota unless <see cref="SandboxOptions.RateLimit"/> sets
    /// one, and waiting would only slow tests and harvests down). Every other setting is the SDK's default.</summary>
    /// <returns>New options.</returns>
    public static OffresEmploiOptions CreateClientOptions() => new()
    {
        ClientId = SandboxDefaults.ClientId,
        ClientSecret = SandboxDefaults.ClientSecret,
        BaseAddress = SandboxDefaults.BaseAddress,
        TokenEndpoint = new Uri(SandboxDefaults.TokenEndpoint.GetLeftPart(UriPartial.Path)),
        RequestsPerSecond = 0,
    };

    /// <summary>Creates a client over a new in-process sandbox; disposing the client disposes the sandbox.</summary>
    /// <param name="options">The sandbox and client settings; the defaults when null.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">The sandbox options are invalid.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException"><see cref="SandboxClientOptions.ConfigureClient"/> made the client options invalid.</exception>
    public static OffresEmploiClient Create(SandboxClientOptions? options = null)
    {
        options ??= new SandboxClientOptions();
        ArgumentNullException.ThrowIfNull(options.Sandbox);
        options.Sandbox.Validate();
        HttpMessageHandler sandbox = options.CreateSandboxOnFirstRequest
            ? new LazySandboxHandler(options.Sandbox)
            : new SandboxHttpMessageHandler(options.Sandbox);
        try
        {
            return new SandboxOwningClient(ClientOptions(options), sandbox, options.TimeProvider ?? options.Sandbox.TimeProvider, options.LoggerFactory);
        }
        catch
        {
            sandbox.Dispose();
            throw;
        }
    }

    /// <summary>Creates a client over an existing sandbox handler (shared by several clients, or wrapped in a handler
    /// that counts or records requests); the handler is not disposed with the client.</summary>
    /// <param name="sandbox">A <see cref="SandboxHttpMessageHandler"/>, or a handler that ends in one.</param>
    /// <param name="options">The client settings (<see cref="SandboxClientOptions.Sandbox"/> and
    /// <see cref="SandboxClientOptions.CreateSandboxOnFirstRequest"/> are not used); the defaults when null.</param>
    /// <returns>The client.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException"><see cref="SandboxClientOptions.ConfigureClient"/> made the client options invalid.</exception>
    public static OffresEmploiClient Create(HttpMessageHandler sandbox, SandboxClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        options ??= new SandboxClientOptions();
        return new OffresEmploiClient(ClientOptions(options), sandbox, options.TimeProvider, options.LoggerFactory);
    }

    private static OffresEmploiOptions ClientOptions(SandboxClientOptions options)
    {
        var client = CreateClientOptions();
        options.ConfigureClient?.Invoke(client);
        return client;
    }

    /// <summary>A client that owns its sandbox: the SDK never disposes a transport it was given.</summary>
    private sealed class SandboxOwningClient : OffresEmploiClient
    {
        private readonly HttpMessageHandler _sandbox;

        public SandboxOwningClient(OffresEmploiOptions options, HttpMessageHandler sandbox, TimeProvider timeProvider, ILoggerFactory? loggerFactory)
            : base(options, sandbox, timeProvider, loggerFactory) => _sandbox = sandbox;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _sandbox.Dispose();
            }
        }
    }
}
