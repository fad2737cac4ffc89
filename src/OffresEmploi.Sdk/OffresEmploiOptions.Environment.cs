namespace OffresEmploi.Sdk;

public sealed partial class OffresEmploiOptions
{
    /// <summary>The environment variable holding <see cref="ClientId"/>.</summary>
    public const string ClientIdVariable = "OFFRES_EMPLOI_CLIENT_ID";

    /// <summary>The environment variable holding <see cref="ClientSecret"/>.</summary>
    public const string ClientSecretVariable = "OFFRES_EMPLOI_CLIENT_SECRET";

    /// <summary>The environment variable holding <see cref="BaseAddress"/> (optional).</summary>
    public const string BaseAddressVariable = "OFFRES_EMPLOI_BASE_URL";

    /// <summary>The environment variable holding <see cref="TokenEndpoint"/> (optional).</summary>
    public const string TokenEndpointVariable = "OFFRES_EMPLOI_TOKEN_URL";

    /// <summary>The environment variable holding <see cref="RequestsPerSecond"/> (optional; <c>0</c> turns pacing off).</summary>
    public const string RequestsPerSecondVariable = "OFFRES_EMPLOI_REQUESTS_PER_SECOND";

    /// <summary>The environment variable holding <see cref="RedisConfiguration"/> (optional; not set keeps all state in the process).</summary>
    public const string RedisVariable = "OFFRES_EMPLOI_REDIS";

    /// <summary>The environment variable holding <see cref="RedisFallbackReplicas"/> (optional).</summary>
    public const string RedisFallbackReplicasVariable = "OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS";

    /// <summary>
    /// Creates options from the environment variables <c>OFFRES_EMPLOI_CLIENT_ID</c>,
    /// <c>OFFRES_EMPLOI_CLIENT_SECRET</c>, <c>OFFRES_EMPLOI_BASE_URL</c>, <c>OFFRES_EMPLOI_TOKEN_URL</c>,
    /// <c>OFFRES_EMPLOI_REQUESTS_PER_SECOND</c>, <c>OFFRES_EMPLOI_REDIS</c> and <c>OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS</c>;
    /// variables that are not set leave the defaults in place.
    /// </summary>
    /// <returns>New options; call a client constructor (or the validators) to check that the credentials were found.</returns>
    /// <exception cref="FormatException">A URL variable is set but is not an absolute URI, the rate is not a number from 0 to 1000,
    /// or the fallback replica count is not a whole number from 1 to 1000.</exception>
    public static OffresEmploiOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>
    /// Creates options from any variable lookup, as <see cref="FromEnvironment()"/> does from the process environment
    /// (a host that reads its settings elsewhere, or a test, passes its own lookup).
    /// </summary>
    /// <param name="getVariable">Returns the value of a variable, or null when it is not set.</param>
    /// <returns>New options; variables that are not set (or blank) leave the defaults in place.</returns>
    /// <exception cref="FormatException">A URL variable is set but is not an absolute URI, the rate is not a number from 0 to 1000,
    /// or the fallback replica count is not a whole number from 1 to 1000.</exception>
    public static OffresEmploiOptions FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var options = new OffresEmploiOptions();
        if (NonEmpty(getVariable(ClientIdVariable)) is { } clientId)
        {
            options.ClientId = clientId;
        }

        if (NonEmpty(getVariable(ClientSecretVariable)) is { } clientSecret)
        {
            options.ClientSecret = clientSecret;
        }

        if (NonEmpty(getVariable(BaseAddressVariable)) is { } baseUrl)
        {
            options.BaseAddress = ParseUri(baseUrl, BaseAddressVariable, ensureTrailingSlash: true);
        }

        if (NonEmpty(getVariable(TokenEndpointVariable)) is { } tokenUrl)
        {
            options.TokenEndpoint = ParseUri(tokenUrl, TokenEndpointVariable, ensureTrailingSlash: false);
        }

        // A host without configuration code (the MCP server, the CLI) has no other way to match a quota above the default.
        if (NonEmpty(getVariable(RequestsPerSecondVariable)) is { } rate)
        {
            options.RequestsPerSecond = double.TryParse(rate, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var perSecond) && perSecond is >= 0 and <= 1000
                ? perSecond
                : throw new FormatException($"The environment variable {RequestsPerSecondVariable} must be a number of requests per second from 0 to 1000.");
        }

        // Read as is: the configuration string may carry a password, so no message here quotes it.
        if (NonEmpty(getVariable(RedisVariable)) is { } redis)
        {
            options.RedisConfiguration = redis;
        }

        if (NonEmpty(getVariable(RedisFallbackReplicasVariable)) is { } replicas)
        {
            options.RedisFallbackReplicas = int.TryParse(replicas, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 1000
                ? count
                : throw new FormatException($"The environment variable {RedisFallbackReplicasVariable} must be a whole number of processes from 1 to 1000.");
        }

        return options;
    }

    /// <summary>The options of <c>new OffresEmploiClient(clientId, clientSecret)</c>: the given credentials, everything
    /// else from the variables (the credential variables lose to the arguments).</summary>
    internal static OffresEmploiOptions FromEnvironment(string clientId, string clientSecret, Func<string, string?> getVariable)
    {
        var options = FromEnvironment(getVariable);
        options.ClientId = clientId;
        options.ClientSecret = clientSecret;
        return options;
    }

    /// <summary>
    /// Names the credential variable that is missing when only one of <see cref="ClientIdVariable"/> and
    /// <see cref="ClientSecretVariable"/> is set, so a host can refuse the half-set pair instead of silently
    /// falling back to something else (a sandbox, anonymous data).
    /// </summary>
    /// <param name="getVariable">Returns the value of a variable, or null when it is not set (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <returns>
    /// <see cref="ClientSecretVariable"/> when only the id is set, <see cref="ClientIdVariable"/> when only the secret is,
    /// null when both or neither are. A blank value counts as not set, as in <see cref="FromEnvironment(Func{string, string?})"/>.
    /// </returns>
    public static string? FindMissingCredentialVariable(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var hasId = NonEmpty(getVariable(ClientIdVariable)) is not null;
        var hasSecret = NonEmpty(getVariable(ClientSecretVariable)) is not null;
        return (hasId, hasSecret) switch
        {
            (true, false) => ClientSecretVariable,
            (false, true) => ClientIdVariable,
            _ => null,
        };
    }

    /// <summary>
    /// Says which credential variable is missing and which one is set when only one of <see cref="ClientIdVariable"/>
    /// and <see cref="ClientSecretVariable"/> is, e.g. "OFFRES_EMPLOI_CLIENT_SECRET is not set but OFFRES_EMPLOI_CLIENT_ID
    /// is", so every host words the half-set pair alike and adds its own remedy. Names only: never a value.
    /// </summary>
    /// <param name="getVariable">Returns the value of a variable, or null when it is not set (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <returns>The sentence, without a final period; null when both or neither are set
    /// (as <see cref="FindMissingCredentialVariable(Func{string, string?})"/>).</returns>
    public static string? DescribeMissingCredentialVariable(Func<string, string?> getVariable)
    {
        if (FindMissingCredentialVariable(getVariable) is not { } missing)
        {
            return null;
        }

        var present = missing == ClientSecretVariable ? ClientIdVariable : ClientSecretVariable;
        return $"{missing} is not set but {present} is";
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Uri ParseUri(string value, string variable, bool ensureTrailingSlash)
    {
        // A base address without its trailing slash would make "v2/offres/search" replace the last segment.
        var text = ensureTrailingSlash && !value.EndsWith('/') ? value + "/" : value;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new FormatException($"The environment variable {variable} is not an absolute URL.");
    }
}
