using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.Serialization;
using OffresEmploi.Sdk.SharedState;
using Refit;

namespace OffresEmploi.Sdk.DependencyInjection;

/// <summary>The singletons one DI registration shares: options, clock, logger, secrets, token provider, rate limiter, shared store, Refit settings.</summary>
internal sealed class OffresEmploiServices
{
    public OffresEmploiServices(IServiceProvider services)
    {
        Options = services.GetRequiredService<IOptions<OffresEmploiOptions>>().Value;
        TimeProvider = services.GetRequiredService<TimeProvider>();
        Logger = (ILogger?)services.GetService<ILoggerFactory>()?.CreateLogger<OffresEmploiClient>() ?? NullLogger.Instance;
        Secrets = KnownSecrets.For(Options);
        HttpClientFactory = services.GetRequiredService<IHttpClientFactory>();
        SharedStore = SharedStores.GetOrCreate(Options, TimeProvider, Logger);
        TokenProvider = new ClientCredentialsTokenProvider(
            () => HttpClientFactory.CreateClient(OffresEmploiHttpClientNames.Token),
            Options,
            TimeProvider,
            Secrets,
            Logger,
            SharedStore);
        RateLimiter = ClientRateLimiterRegistry.GetOrCreate(Options, TimeProvider, Logger);
    }

    public OffresEmploiOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger { get; }

    public KnownSecrets Secrets { get; }

    public IHttpClientFactory HttpClientFactory { get; }

    public ISharedStore? SharedStore { get; }

    public ClientCredentialsTokenProvider TokenProvider { get; }

    public IClientRateLimiter? RateLimiter { get; }

    public RefitSettings RefitSettings { get; } = OffresEmploiRefitSettings.Create();

    /// <summary>Creates a Refit client over a fresh factory client (cheap: the handler chain is pooled by the factory).</summary>
    public IOffresEmploiApi CreateApi() =>
        RestService.ForGenerated<IOffresEmploiApi>(HttpClientFactory.CreateClient(OffresEmploiHttpClientNames.Api), RefitSettings);
}
