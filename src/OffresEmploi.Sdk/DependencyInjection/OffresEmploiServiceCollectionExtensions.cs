using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.DependencyInjection;
using OffresEmploi.Sdk.Diagnostics;
using OffresEmploi.Sdk.Resilience;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OffresEmploi SDK: <see cref="OffresEmploiClient"/>, a singleton.</summary>
/// <remarks>
/// <para>
/// Options are validated when the host starts (DataAnnotations and cross-property rules), so a missing secret
/// fails at start-up rather than on the first request. A <see cref="TimeProvider"/> registered before this call is
/// used for token expiry, pacing, retries and caching; otherwise <see cref="TimeProvider.System"/>.
/// </para>
/// <para>
/// HTTP: two <see cref="IHttpClientFactory"/> clients (<see cref="OffresEmploiHttpClientNames"/>). The API client's
/// handlers, outermost first: resilience (total timeout → retry → shared pacing → attempt timeout), authentication
/// (bearer token, one replay on 401), diagnostics. The token client has no authentication handler. Logged headers
/// are redacted.
/// </para>
/// </remarks>
public static class OffresEmploiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SDK with options bound from the configuration section <c>OffresEmploi</c>; the environment
    /// variables <c>OFFRES_EMPLOI_CLIENT_ID</c>, <c>OFFRES_EMPLOI_CLIENT_SECRET</c>, <c>OFFRES_EMPLOI_BASE_URL</c>,
    /// <c>OFFRES_EMPLOI_TOKEN_URL</c>, <c>OFFRES_EMPLOI_REQUESTS_PER_SECOND</c>, <c>OFFRES_EMPLOI_REDIS</c> and
    /// <c>OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS</c> fill what the section leaves unset.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="transport">Creates the innermost HTTP handler (the in-process sandbox, a test stub); the SDK never disposes it. Null for the network.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOffresEmploi(this IServiceCollection services, Func<IServiceProvider, HttpMessageHandler>? transport = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        _ = services.AddOptions<OffresEmploiOptions>()
            .BindConfiguration(OffresEmploiOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                ApplyEnvironment(options, configuration.GetSection(OffresEmploiOptions.SectionName), Environment.GetEnvironmentVariable));
        return AddCore(services, transport);
    }

    /// <summary>Registers the SDK with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="OffresEmploiOptions.ClientId"/> and <see cref="OffresEmploiOptions.ClientSecret"/>).</param>
    /// <param name="transport">Creates the innermost HTTP handler; the SDK never disposes it. Null for the network.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOffresEmploi(
        this IServiceCollection services,
        Action<OffresEmploiOptions> configure,
        Func<IServiceProvider, HttpMessageHandler>? transport = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        _ = services.AddOptions<OffresEmploiOptions>().Configure(configure);
        return AddCore(services, transport);
    }

    /// <summary>Registers the SDK with options bound from <paramref name="configuration"/> (typically <c>configuration.GetSection("OffresEmploi")</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <param name="transport">Creates the innermost HTTP handler; the SDK never disposes it. Null for the network.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOffresEmploi(
        this IServiceCollection services,
        IConfiguration configuration,
        Func<IServiceProvider, HttpMessageHandler>? transport = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        _ = services.AddOptions<OffresEmploiOptions>().Bind(configuration);
        return AddCore(services, transport);
    }

    /// <summary>
    /// Shares the client id's quota, access token and referentiels with every other process that uses the same Redis
    /// (replicas of a service behind a load balancer): sets <see cref="OffresEmploiOptions.RedisConfiguration"/> and
    /// <see cref="OffresEmploiOptions.RedisFallbackReplicas"/> for <see cref="AddOffresEmploi(IServiceCollection, Func{IServiceProvider, HttpMessageHandler}?)"/>.
    /// </summary>
    /// <param name="services">The service collection, on which <c>AddOffresEmploi</c> is called before or after.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string, such as <c>redis:6379,password=...</c>.</param>
    /// <param name="fallbackReplicas">
    /// How many processes share the quota: while Redis cannot be reached each one paces at the quota divided by this
    /// number (1 to 1000; 1 by default).
    /// </param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> is blank or not a configuration string StackExchange.Redis can read.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fallbackReplicas"/> is not between 1 and 1000.</exception>
    public static IServiceCollection AddOffresEmploiRedis(this IServiceCollection services, string configuration, int fallbackReplicas = 1)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        ArgumentOutOfRangeException.ThrowIfLessThan(fallbackReplicas, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fallbackReplicas, 1000);
        if (OffresEmploi.Sdk.Redis.RedisConfigurationCheck.FindError(configuration) is { } error)
        {
            throw new ArgumentException($"Not a StackExchange.Redis configuration string: {error}", nameof(configuration));
        }

        _ = services.AddOptions<OffresEmploiOptions>().PostConfigure(options =>
        {
            options.RedisConfiguration = configuration;
            options.RedisFallbackReplicas = fallbackReplicas;
        });
        return services;
    }

    /// <summary>Fills credentials and endpoints the configuration left unset from the <c>OFFRES_EMPLOI_*</c> variables.</summary>
    internal static void ApplyEnvironment(OffresEmploiOptions options, IConfiguration section, Func<string, string?> getVariable)
    {
        var fromEnvironment = OffresEmploiOptions.FromEnvironment(getVariable);
        if (string.IsNullOrEmpty(options.ClientId))
        {
            options.ClientId = fromEnvironment.ClientId;
        }

        if (string.IsNullOrEmpty(options.ClientSecret))
        {
            options.ClientSecret = fromEnvironment.ClientSecret;
        }

        if (section[nameof(OffresEmploiOptions.BaseAddress)] is null)
        {
            options.BaseAddress = fromEnvironment.BaseAddress;
        }

        if (section[nameof(OffresEmploiOptions.TokenEndpoint)] is null)
        {
            options.TokenEndpoint = fromEnvironment.TokenEndpoint;
        }

        // Shared state, as FromEnvironment reads it: only when the variables are set.
        if (section[nameof(OffresEmploiOptions.RedisConfiguration)] is null && fromEnvironment.UsesRedis)
        {
            options.RedisConfiguration = fromEnvironment.RedisConfiguration;
        }

        if (section[nameof(OffresEmploiOptions.RedisFallbackReplicas)] is null && !string.IsNullOrWhiteSpace(getVariable(OffresEmploiOptions.RedisFallbackReplicasVariable)))
        {
            options.RedisFallbackReplicas = fromEnvironment.RedisFallbackReplicas;
        }

        // The quota of the account, as FromEnvironment reads it: only when the variable is set, so the default stays.
        if (section[nameof(OffresEmploiOptions.RequestsPerSecond)] is null && !string.IsNullOrWhiteSpace(getVariable(OffresEmploiOptions.RequestsPerSecondVariable)))
        {
            options.RequestsPerSecond = fromEnvironment.RequestsPerSecond;
        }
    }

    private static IServiceCollection AddCore(IServiceCollection services, Func<IServiceProvider, HttpMessageHandler>? transport)
    {
        // A second call only adds its options configuration: registering the HTTP clients again would stack a
        // second resilience and authentication handler on each request.
        if (services.Any(d => d.ServiceType == typeof(OffresEmploiServices)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OffresEmploiOptions>, OffresEmploiOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OffresEmploiOptions>, OffresEmploiOptionsCustomValidator>());
        _ = services.AddOptions<OffresEmploiOptions>().ValidateOnStart();
        services.TryAddSingleton(sp => new OffresEmploiServices(sp));

        var token = services.AddHttpClient(OffresEmploiHttpClientNames.Token)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp =>
            {
                var shared = sp.GetRequiredService<OffresEmploiServices>();
                return new OffresEmploiResilienceHandler(OffresEmploiResiliencePipeline.Create(shared.Options, shared.TimeProvider, limiter: null, shared.Logger));
            })
            .AddHttpMessageHandler(sp =>
            {
                var shared = sp.GetRequiredService<OffresEmploiServices>();
                return new OffresEmploiDiagnosticsHandler(shared.TimeProvider, shared.Logger);
            })
            // IHttpClientFactory's header logging redacts only its formatted text: the structured values it hands to
            // sinks (Serilog, OpenTelemetry) carry the raw Authorization header. The SDK logs each attempt itself.
            .RemoveAllLoggers();

        var api = services.AddHttpClient(OffresEmploiHttpClientNames.Api)
            .ConfigureHttpClient((sp, client) => OffresEmploiClient.ConfigureHttpClient(client, sp.GetRequiredService<OffresEmploiServices>().Options))

            // Registered first, so outermost: each retry attempt goes through the handlers below again.
            .AddHttpMessageHandler(sp =>
            {
                var shared = sp.GetRequiredService<OffresEmploiServices>();
                return new OffresEmploiResilienceHandler(OffresEmploiResiliencePipeline.Create(shared.Options, shared.TimeProvider, shared.RateLimiter, shared.Logger, shared.TokenProvider.WaitWhileRefreshingAsync));
            })
            .AddHttpMessageHandler(sp =>
            {
                var shared = sp.GetRequiredService<OffresEmploiServices>();
                return new OffresEmploiAuthenticationHandler(shared.TokenProvider, shared.Logger);
            })
            .AddHttpMessageHandler(sp =>
            {
                var shared = sp.GetRequiredService<OffresEmploiServices>();
                return new OffresEmploiDiagnosticsHandler(shared.TimeProvider, shared.Logger);
            })
            // IHttpClientFactory's header logging redacts only its formatted text: the structured values it hands to
            // sinks (Serilog, OpenTelemetry) carry the raw Authorization header. The SDK logs each attempt itself.
            .RemoveAllLoggers();

        if (transport is not null)
        {
            // One transport per container, created once: the token endpoint and the API must reach the same
            // server (a sandbox's tokens are its own), and IHttpClientFactory rebuilds primary handlers every
            // few minutes. The factory disposes the handlers it rotates, so the transport is wrapped, not given.
            services.TryAddSingleton(sp => new OffresEmploiTransport(transport(sp)));
            _ = token.ConfigurePrimaryHttpMessageHandler(sp => new SharedTransportHandler(sp.GetRequiredService<OffresEmploiTransport>().Handler));
            _ = api.ConfigurePrimaryHttpMessageHandler(sp => new SharedTransportHandler(sp.GetRequiredService<OffresEmploiTransport>().Handler));
        }

        services.TryAddSingleton(sp =>
        {
            var shared = sp.GetRequiredService<OffresEmploiServices>();
            return new OffresEmploiClient(shared.CreateApi, shared.Options, shared.TimeProvider, shared.Logger, shared.Secrets, shared.TokenProvider, shared.SharedStore);
        });
        return services;
    }
}
