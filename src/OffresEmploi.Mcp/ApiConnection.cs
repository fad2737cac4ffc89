using Microsoft.Extensions.Logging;
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
    /// <param name="loggerFactory">Where the SDK logs: the server's logging (stderr), so its retries and failures are seen.</param>
    /// <exception cref="FormatException">A URL or rate variable is malformed, or only one of the two credential variables is set.</exception>
    public static ApiConnection FromEnvironment(ILoggerFactory? loggerFactory = null) => FromEnvironment(Environment.GetEnvironmentVariable, loggerFactory);

    /// <summary>Connects from any variable lookup (tests pass a dictionary instead of the process environment).</summary>
    /// <param name="getVariable">Returns the value of a variable, or null when it is not set.</param>
    /// <param name="loggerFactory">Where the SDK logs; nothing is logged when null.</param>
    /// <exception cref="FormatException">A URL or rate variable is malformed, or only one of the two credential variables is set.</exception>
    public static ApiConnection FromEnvironment(Func<string, string?> getVariable, ILoggerFactory? loggerFactory = null)
    {
        // A server started with one credential and silently serving simulated offers would mislead every client it has.
        if (OffresEmploiOptions.DescribeMissingCredentialVariable(getVariable) is { } missing)
        {
            throw new FormatException($"{missing}: set both to serve France Travail's API, or neither to serve the embedded sandbox.");
        }

        var options = OffresEmploiOptions.FromEnvironment(getVariable);
        if (!string.IsNullOrEmpty(options.ClientId))
        {
            return new ApiConnection(new OffresEmploiClient(options, loggerFactory: loggerFactory), options.BaseAddress, isSandbox: false);
        }

        // In process, no socket: the sandbox is built on the first API call, so initialize and tools/list answer at once.
        var sandbox = SandboxClientFactory.Create(new SandboxClientOptions { CreateSandboxOnFirstRequest = true, LoggerFactory = loggerFactory });
        return new ApiConnection(sandbox, SandboxDefaults.BaseAddress, isSandbox: true);
    }

    public void Dispose() => Client.Dispose();
}
