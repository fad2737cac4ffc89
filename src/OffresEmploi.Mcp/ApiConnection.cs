using OffresEmploi.Sandbox;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Serialization;
using Refit;

namespace OffresEmploi.Mcp;

/// <summary>
/// The API the server talks to: France Travail when <c>OFFRES_EMPLOI_CLIENT_ID</c> and <c>OFFRES_EMPLOI_CLIENT_SECRET</c>
/// are set, otherwise the embedded sandbox, in process (no socket, no port, simulated offers).
/// </summary>
internal sealed class ApiConnection : IDisposable
{
    private readonly HttpClient _http;

    private ApiConnection(HttpClient http, bool isSandbox)
    {
        _http = http;
        IsSandbox = isSandbox;
        Api = RestService.ForGenerated<IOffresEmploiApi>(http, OffresEmploiRefitSettings.Create());
    }

    public IOffresEmploiApi Api { get; }

    public bool IsSandbox { get; }

    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>Connects from the environment variables of <see cref="OffresEmploiOptions"/>.</summary>
    /// <exception cref="FormatException">A URL variable is not an absolute URL.</exception>
    public static ApiConnection FromEnvironment()
    {
        var options = OffresEmploiOptions.FromEnvironment();
        if (string.IsNullOrEmpty(options.ClientId) || string.IsNullOrEmpty(options.ClientSecret))
        {
            var sandbox = new LazySandboxHandler();
            var handler = new ClientCredentialsHandler(sandbox, SandboxDefaults.TokenEndpoint, SandboxDefaults.ClientId, SandboxDefaults.ClientSecret, SandboxDefaults.Scope, TimeProvider.System);
            return new ApiConnection(new HttpClient(handler) { BaseAddress = SandboxDefaults.BaseAddress }, isSandbox: true);
        }

        var tokenEndpoint = new UriBuilder(options.TokenEndpoint) { Query = "realm=" + Uri.EscapeDataString(options.Realm) }.Uri;
        var transport = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var api = new ClientCredentialsHandler(transport, tokenEndpoint, options.ClientId, options.ClientSecret, options.Scopes, TimeProvider.System);
        return new ApiConnection(new HttpClient(api) { BaseAddress = options.BaseAddress, Timeout = options.AttemptTimeout }, isSandbox: false);
    }

    /// <summary>Reads a referentiel's JSON body as the API sends it (for the MCP resources).</summary>
    public async Task<string> ReadReferentielJsonAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri("v2/referentiel/" + name, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new ModelContextProtocol.McpException($"France Travail answered {(int)response.StatusCode} for referentiel '{name}'.");
        }

        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();
}
