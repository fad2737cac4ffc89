using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.Resilience;
using OffresEmploi.Sdk.Serialization;
using OffresEmploi.Sdk.SharedState;
using Refit;

namespace OffresEmploi.Sdk;

/// <summary>
/// The client of France Travail's API Offres d'emploi v2: search, offer details and referentiels, with OAuth,
/// pacing, retries, local validation, paging and typed errors.
/// </summary>
/// <remarks>
/// <para>
/// Create one per application and keep it: it caches the access token and the referentiels, and shares the
/// client id's rate limit with every other client of the same id in the process. It is safe for concurrent use.
/// In a host, prefer <c>services.AddOffresEmploi(...)</c>, which registers it as a singleton.
/// </para>
/// <para>
/// Errors: <see cref="OffresEmploiException"/> (with <see cref="OffresEmploiException.Status"/> and
/// <see cref="OffresEmploiException.Endpoint"/>), <see cref="OffresEmploiConnectionException"/> when no response arrived
/// (host and cause), <see cref="OffresEmploiAuthenticationException"/> when the credentials are refused,
/// <see cref="OffresEmploiThrottledException"/> when 429 persists; <see cref="ArgumentException"/> for a request the
/// API would refuse, before anything is sent.
/// </para>
/// </remarks>
public partial class OffresEmploiClient : IDisposable
{
    private static readonly string UserAgent = "OffresEmploi.Sdk/" +
        (typeof(OffresEmploiClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");

    private readonly Func<IOffresEmploiApi> _api = null!;
    private readonly OffresEmploiOptions _options = null!;
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly ILogger _logger = NullLogger.Instance;
    private readonly KnownSecrets? _secrets;
    private readonly ReferentielCache _referentiels = null!;
    private readonly ClientCredentialsTokenProvider? _tokenProvider;
    private readonly IDisposable[] _owned = [];

    /// <summary>
    /// Initializes a new instance of the <see cref="OffresEmploiClient"/> class with these credentials and every other
    /// setting from the environment, as <see cref="OffresEmploiOptions.FromEnvironment()"/> reads it:
    /// <c>OFFRES_EMPLOI_BASE_URL</c>, <c>OFFRES_EMPLOI_TOKEN_URL</c> and <c>OFFRES_EMPLOI_REQUESTS_PER_SECOND</c> when
    /// set, the production API and the defaults when not.
    /// </summary>
    /// <param name="clientId">The application's client id from francetravail.io (wins over <c>OFFRES_EMPLOI_CLIENT_ID</c>).</param>
    /// <param name="clientSecret">The application's client secret (wins over <c>OFFRES_EMPLOI_CLIENT_SECRET</c>).</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A credential is empty.</exception>
    /// <exception cref="FormatException">An <c>OFFRES_EMPLOI_*</c> variable is set to a value that is not valid.</exception>
    public OffresEmploiClient(string clientId, string clientSecret)
        : this(OffresEmploiOptions.FromEnvironment(clientId, clientSecret, Environment.GetEnvironmentVariable))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiClient"/> class.</summary>
    /// <param name="options">The settings; copied, so later changes do not affect the client.</param>
    /// <param name="transport">
    /// The innermost HTTP handler, for both the API and the token endpoint (the in-process sandbox, a proxy, a test
    /// stub). It is not disposed with the client. When null, the client uses its own <see cref="SocketsHttpHandler"/>.
    /// </param>
    /// <param name="timeProvider">The clock for token expiry, pacing, retries and caching; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="loggerFactory">Where the SDK logs; nothing is logged when null.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException"><paramref name="options"/> is invalid.</exception>
    public OffresEmploiClient(
        OffresEmploiOptions options,
        HttpMessageHandler? transport = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        OffresEmploiOptionsCustomValidator.ThrowIfInvalid(options);
        _options = options.Clone();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)loggerFactory?.CreateLogger<OffresEmploiClient>() ?? NullLogger.Instance;
        _secrets = KnownSecrets.For(_options);
        var sharedStore = SharedStores.GetOrCreate(_options, _timeProvider, _logger);
        _referentiels = new ReferentielCache(_timeProvider, sharedStore, ReferentielKeyPrefix(_options));

        // One connection pool for the token endpoint and the API: when both are on one host (a sandbox server, a proxy),
        // the connection the token request opened serves the first API call too.
        var sockets = transport is null ? CreateSocketsHandler() : null;
        var tokenTransport = new SharedTransportHandler(sockets ?? transport!);
        var apiTransport = sockets ?? (HttpMessageHandler)new SharedTransportHandler(transport!);
        var tokenClient = OffresEmploiHandlerChain.CreateTokenClient(tokenTransport, _options, _timeProvider, _logger);
        var tokenProvider = new ClientCredentialsTokenProvider(tokenClient, _options, _timeProvider, _secrets, _logger, sharedStore);
        _tokenProvider = tokenProvider;
        var limiter = ClientRateLimiterRegistry.GetOrCreate(_options, _timeProvider, _logger);
        var handler = OffresEmploiHandlerChain.CreateApiHandler(apiTransport, tokenProvider, limiter, _options, _timeProvider, _logger);
        var httpClient = new HttpClient(handler);
        ConfigureHttpClient(httpClient, _options);
        RawHttpClient = httpClient;
        RawTokenClient = tokenClient;

        var api = RestService.ForGenerated<IOffresEmploiApi>(httpClient, OffresEmploiRefitSettings.Create());
        _api = () => api;
        _owned = [httpClient, tokenClient];
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiClient"/> class over a DI-built Refit client.</summary>
    internal OffresEmploiClient(
        Func<IOffresEmploiApi> api,
        OffresEmploiOptions options,
        TimeProvider timeProvider,
        ILogger logger,
        KnownSecrets secrets,
        ClientCredentialsTokenProvider? tokenProvider = null,
        ISharedStore? sharedStore = null)
    {
        _api = api;
        _tokenProvider = tokenProvider;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _secrets = secrets;
        _referentiels = new ReferentielCache(timeProvider, sharedStore, ReferentielKeyPrefix(options));
    }

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiClient"/> class, for mocking.</summary>
    protected OffresEmploiClient()
    {
    }

    /// <summary>
    /// Gets the client's own HTTP pipeline (token, pacing, retries, diagnostics) for requests the typed calls cannot make
    /// as they are, such as the contract check's raw reads of status, headers and body; null for a DI-built client.
    /// </summary>
    internal HttpClient? RawHttpClient { get; }

    /// <summary>Gets the client's token-endpoint HTTP client (retries and diagnostics, no bearer token), for the contract check's own token request; null for a DI-built client.</summary>
    internal HttpClient? RawTokenClient { get; }

    /// <summary>Builds a token request exactly as the client sends its own; null for a client made for mocking.</summary>
    internal HttpRequestMessage? CreateTokenRequest() => _tokenProvider?.CreateRequest();

    /// <summary>Gets the secrets this client knows (its client secret, Redis password, the tokens it was given), for redaction.</summary>
    internal KnownSecrets Secrets => _secrets ?? new KnownSecrets(null);

    /// <summary>Gets a copy of the <c>range</c> bounds the client validates and pages with.</summary>
    public virtual OffresRangeLimits RangeLimits => _options.Clone().RangeLimits;

    /// <summary>The store key prefix of referentiels: one per API base address, whatever the client id (referentiels are public data).</summary>
    private static string ReferentielKeyPrefix(OffresEmploiOptions options) =>
        $"offres-emploi:referentiel:{options.BaseAddress.GetLeftPart(UriPartial.Path)}";

    /// <summary>Releases the HTTP clients the client created (not a transport passed to the constructor).</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Sets the base address and default headers shared by the DI and non-DI clients.</summary>
    internal static void ConfigureHttpClient(HttpClient client, OffresEmploiOptions options)
    {
        client.BaseAddress = options.BaseAddress;

        // Timeouts are the pipeline's job (per attempt and in total); HttpClient's own 100 s would cut retries short.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _ = client.DefaultRequestHeaders.UserAgent.TryParseAdd(UserAgent);
    }

    /// <summary>Releases the HTTP clients the client created.</summary>
    /// <param name="disposing">Whether managed resources are released.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var owned in _owned)
            {
                owned.Dispose();
            }
        }
    }

    // Connections are recycled every few minutes so DNS changes are seen, as IHttpClientFactory would do.
    private static SocketsHttpHandler CreateSocketsHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    };
}
