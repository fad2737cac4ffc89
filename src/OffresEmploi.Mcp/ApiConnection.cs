using OffresEmploi.Sandbox;
using OffresEmploi.Sdk;

namespace OffresEmploi.Mcp;

/// <summary>
/// The client the server uses: France Travail when <c>OFFRES_EMPLOI_CLIENT_ID</c> and <c>OFFRES_EMPLOI_CLIENT_SECRET</c>
/// are set, otherwise the embedded sandbox, in process (no socket, no port, simulated offers).
/// </summary>
internal sealed class ApiConnection : IDisposable
{
    private ApiConnection(OffresEmploiClient client, Uri baseAddress, bool isSandbox)
    {
        Client = client;
        BaseAddress = baseAddress;
        IsSandbox = isSandbox;
    }

    public OffresEmploiClient Client { get; }

    public Uri BaseAddress { get; }

    public bool IsSandbox { get; }

    /// <summary>Connects from the environment variables of <see cref="OffresEmploiOptions"/>.</summary>
    /// <exception cref="FormatException">A URL or rate variable is malformed, or only one of the two credential variables is set.</exception>
    public static ApiConnection FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Connects from any variable lookup (tests pass a dictionary instead of the process environment).</summary>
    /// <exception cref="FormatException">A URL or rate variable is malformed, or only one of the two credential variables is set.</exception>
    public static ApiConnection FromEnvironment(Func<string, string?> getVariable)
    {
        // A server started with one credential and silently serving simulated offers would mislead every client it has.
        if (OffresEmploiOptions.FindMissingCredentialVariable(getVariable) is { } missing)
        {
            var present = missing == OffresEmploiOptions.ClientSecretVariable ? OffresEmploiOptions.ClientIdVariable : OffresEmploiOptions.ClientSecretVariable;
            throw new FormatException($"{missing} is not set but {present} is: set both to serve France Travail's API, or neither to serve the embedded sandbox.");
        }

        var options = OffresEmploiOptions.FromEnvironment(getVariable);
        if (!string.IsNullOrEmpty(options.ClientId))
        {
            return new ApiConnection(new OffresEmploiClient(options), options.BaseAddress, isSandbox: false);
        }

        options.ClientId = SandboxDefaults.ClientId;
        options.ClientSecret = SandboxDefaults.ClientSecret;
        options.BaseAddress = SandboxDefaults.BaseAddress;
        options.TokenEndpoint = new Uri(SandboxDefaults.TokenEndpoint.GetLeftPart(UriPartial.Path));
        options.RequestsPerSecond = 0; // in process: no quota to respect, no reason to wait
        return new ApiConnection(new OffresEmploiClient(options, new LazySandboxHandler()), options.BaseAddress, isSandbox: true);
    }

    public void Dispose() => Client.Dispose();
}
