using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace OffresEmploi.Sdk;

/// <summary>Settings of an <see cref="OffresEmploiClient"/>: credentials, endpoints, pacing, retries, timeouts and caching.</summary>
/// <remarks>
/// <para>
/// Bound from the configuration section <see cref="SectionName"/> by <c>services.AddOffresEmploi(...)</c>, or
/// built in code. <see cref="FromEnvironment()"/> reads the <c>OFFRES_EMPLOI_*</c> environment variables.
/// Validation runs at start-up in DI and in the client constructor otherwise.
/// </para>
/// <para>Security: <see cref="ToString"/> never prints <see cref="ClientSecret"/>.</para>
/// </remarks>
public sealed partial class OffresEmploiOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "OffresEmploi";

    /// <summary>The production API root (the <c>/v2/...</c> paths are relative to it).</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.francetravail.io/partenaire/offresdemploi/");

    /// <summary>The production OAuth 2.0 token endpoint (the realm is added as a query parameter).</summary>
    public static readonly Uri DefaultTokenEndpoint = new("https://entreprise.francetravail.fr/connexion/oauth2/access_token");

    /// <summary>Gets or sets the application's client id from francetravail.io.</summary>
    /// <value>Required; no default.</value>
    [Required(ErrorMessage = "not set (the application's client id from francetravail.io; " + ClientIdVariable + " for FromEnvironment)")]
    public string ClientId { get; set; } = "";

    /// <summary>Gets or sets the application's client secret from francetravail.io.</summary>
    /// <value>Required; no default.</value>
    /// <remarks>Never logged, never part of an exception message, never printed by <see cref="ToString"/>.</remarks>
    [Required(ErrorMessage = "not set (the application's client secret from francetravail.io; " + ClientSecretVariable + " for FromEnvironment)")]
    public string ClientSecret { get; set; } = "";

    /// <summary>Gets or sets the root address of the API; the SDK appends <c>v2/offres/search</c> and so on.</summary>
    /// <value>Defaults to <c>https://api.francetravail.io/partenaire/offresdemploi/</c>.</value>
    [Required]
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Gets or sets the OAuth 2.0 token endpoint, without the realm.</summary>
    /// <value>Defaults to <c>https://entreprise.francetravail.fr/connexion/oauth2/access_token</c>.</value>
    [Required]
    public Uri TokenEndpoint { get; set; } = DefaultTokenEndpoint;

    /// <summary>Gets or sets the OAuth realm, sent as the query parameter <c>realm</c> (URL-encoded).</summary>
    /// <value>Defaults to <c>/partenaire</c>.</value>
    [Required]
    public string Realm { get; set; } = "/partenaire";

    /// <summary>Gets or sets the space-separated OAuth scopes requested with the token.</summary>
    /// <value>Defaults to <c>api_offresdemploiv2 o2dsoffre</c>.</value>
    /// <remarks>
    /// A single string rather than a list: the configuration binder appends to a pre-filled list instead of
    /// replacing it. Older portals also wanted <c>application_&lt;client id&gt;</c>; add it here if needed.
    /// </remarks>
    [Required]
    public string Scopes { get; set; } = "api_offresdemploiv2 o2dsoffre";

    /// <summary>Gets or sets how long before its announced expiry a token is replaced.</summary>
    /// <value>Defaults to 60 seconds; between 0 and 10 minutes. Tokens live 1499 seconds (about 25 minutes).</value>
    /// <remarks>A token whose lifetime is shorter than twice the margin is replaced half-way through its lifetime instead.</remarks>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the client-side request rate, shared by every client in the process that uses the same client id. <c>0</c> turns pacing off.</summary>
    /// <value>Defaults to 3 requests per second.</value>
    /// <remarks>
    /// The quota is documented inconsistently: 3 requests per second (2020–2021 users), "4 appels par seconde par
    /// application" given as an example in the francetravail.io quota page, and 10 per second in the
    /// <c>x-ratelimit-*-clientidlimiter</c> headers observed in 2026. The default is the lowest of the three;
    /// when <see cref="AdaptToRateLimitHeaders"/> is on, the server's own headers take over as soon as a
    /// response carries them.
    /// </remarks>
    [Range(0d, 1000d)]
    public double RequestsPerSecond { get; set; } = 3;

    /// <summary>Gets or sets whether the pacing follows the server's <c>x-ratelimit-replenish-rate-clientidlimiter</c>, <c>x-ratelimit-burst-capacity-clientidlimiter</c> and <c>x-ratelimit-remaining-clientidlimiter</c> headers.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool AdaptToRateLimitHeaders { get; set; } = true;

    /// <summary>
    /// Gets or sets the StackExchange.Redis configuration string of a store shared by every process that uses the same
    /// client id (replicas of the MCP server behind a load balancer, for example), e.g. <c>redis:6379,password=…</c>.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: all state stays in the process and no Redis library is loaded.
    /// A blank value counts as not set.</value>
    /// <remarks>
    /// Opt-in. It may carry a password: it is never logged, never part of an exception message, and
    /// <see cref="ToString"/> prints it with the password masked. See <see cref="RedisFallbackReplicas"/> for what
    /// happens while the store cannot be reached.
    /// </remarks>
    public string? RedisConfiguration { get; set; }

    /// <summary>
    /// Gets or sets how many processes share the client id's quota when <see cref="RedisConfiguration"/> is set: while
    /// the store cannot be reached, each process paces itself locally at <see cref="RequestsPerSecond"/> divided by this
    /// number, so that together they stay within the quota.
    /// </summary>
    /// <value>Defaults to 1; between 1 and 1000. Ignored when <see cref="RedisConfiguration"/> is not set.</value>
    public int RedisFallbackReplicas { get; set; } = 1;

    /// <summary>Whether <see cref="RedisConfiguration"/> turns shared state on (it is set and not blank).</summary>
    internal bool UsesRedis => !string.IsNullOrWhiteSpace(RedisConfiguration);

    /// <summary>Gets or sets how many times a failed request is retried (429, 500, 502, 503, 504, timeouts, network errors, and success answers whose JSON body arrived truncated or damaged).</summary>
    /// <value>Defaults to 3.</value>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the first backoff delay; later delays grow exponentially, with jitter.</summary>
    /// <value>Defaults to 1 second; between 0 and 5 minutes, at most <see cref="MaxRetryDelay"/>.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest wait between two attempts, including a server's <c>Retry-After</c>.</summary>
    /// <value>Defaults to 30 seconds; between 0 and 1 hour.</value>
    /// <remarks>When a 429 asks for a longer wait than this, the client does not retry and throws <see cref="OffresEmploiThrottledException"/> with the requested delay.</remarks>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the timeout of one attempt.</summary>
    /// <value>Defaults to 30 seconds; between 10 ms and 1 day, at most <see cref="TotalTimeout"/>.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the timeout of one call, all attempts and waits included.</summary>
    /// <value>Defaults to 2 minutes; between 10 ms and 1 day.</value>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets how long a referentiel (code list) stays in the in-memory cache. <see cref="TimeSpan.Zero"/> turns caching off.</summary>
    /// <value>Defaults to 24 hours; between 0 and 30 days.</value>
    public TimeSpan ReferentielCacheLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Gets or sets the bounds of the <c>range</c> parameter.</summary>
    /// <value>Defaults to <see cref="OffresRangeLimits.Current"/> (first ≤ 3000, last ≤ 3149, window ≤ 150).</value>
    [Required]
    [ValidateObjectMembers]
    public OffresRangeLimits RangeLimits { get; set; } = OffresRangeLimits.Current;

    /// <summary>Returns a copy of these options, so that later changes to this instance do not affect a client.</summary>
    /// <returns>A new instance with the same values (and a copy of <see cref="RangeLimits"/>).</returns>
    public OffresEmploiOptions Clone()
    {
        var copy = (OffresEmploiOptions)MemberwiseClone();
        copy.RangeLimits = new OffresRangeLimits
        {
            MaxFirst = RangeLimits.MaxFirst,
            MaxLast = RangeLimits.MaxLast,
            MaxPageSize = RangeLimits.MaxPageSize,
        };
        return copy;
    }

    /// <summary>Describes the options without the client secret or the Redis password.</summary>
    /// <returns>The non-secret settings; the secret shows as <c>***</c> when set, and so does the Redis password.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("OffresEmploiOptions { ");
        _ = builder.Append(CultureInfo.InvariantCulture, $"ClientId = {ClientId}, ");
        _ = builder.Append("ClientSecret = ").Append(string.IsNullOrEmpty(ClientSecret) ? "(not set)" : SensitiveDataRedactor.Mask).Append(", ");
        // Through SafeUri: a URL may carry user info or a client_secret query that a person pasted in.
        _ = builder.Append(CultureInfo.InvariantCulture, $"BaseAddress = {Diagnostics.SafeUri.Format(BaseAddress)}, TokenEndpoint = {Diagnostics.SafeUri.Format(TokenEndpoint)}, Realm = {Realm}, Scopes = {Scopes}, ");
        _ = builder.Append(CultureInfo.InvariantCulture, $"RequestsPerSecond = {RequestsPerSecond}, MaxRetryAttempts = {MaxRetryAttempts}, ");
        _ = builder.Append(CultureInfo.InvariantCulture, $"AttemptTimeout = {AttemptTimeout}, TotalTimeout = {TotalTimeout}, RangeLimits = {RangeLimits}");
        if (UsesRedis)
        {
            _ = builder.Append(CultureInfo.InvariantCulture, $", RedisConfiguration = {Redis.RedisConfigurationText.Redact(RedisConfiguration!)}, RedisFallbackReplicas = {RedisFallbackReplicas}");
        }

        _ = builder.Append(" }");
        return builder.ToString();
    }
}
